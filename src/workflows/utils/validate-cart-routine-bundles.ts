import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { invariantViolations } from "./bundle-cart-check"
import { cartHasRoutineBundles } from "./cart-has-routine-bundles"
import { loadCartBundleState } from "./load-cart-bundle-state"
import { pluginOptions } from "../../plugin-options"
import { assertSubscriptionCart } from "./subscription-account"

/**
 * Refuses (400 invalid_data, listing what differs) a cart that breaks the
 * bundle invariant, and a subscribed bundle that could not start a
 * subscription able to renew (assertSubscriptionCart: no account, a second
 * one of the routine, an interval withdrawn, no address or shipping method). The plugin runs it in completeCartWorkflow's `validate`
 * hook (option `completion_hook`); an app that owns that hook calls it from
 * its own handler:
 *
 *   completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
 *     await validateCartRoutineBundles(container, cart.id)
 *     // …the app's own checks
 *   })
 */
export const validateCartRoutineBundles = async (container: MedusaContainer, cartId: string) => {
  // A cart without bundles is core's cart: nothing of the plugin's to check.
  if (!(await cartHasRoutineBundles(container, cartId))) return
  const state = await loadCartBundleState(container, cartId)
  const problems = invariantViolations(
    { currency_code: state.context.currency_code, lines: state.lines },
    state.bundles,
    pluginOptions().default_promotion_policy
  )
  if (problems.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The cart's routine bundles do not match their records: ${problems.join("; ")}`
    )
  }
  await assertSubscriptionCart(container, cartId)
}
