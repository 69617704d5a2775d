import type { MedusaContainer } from "@medusajs/framework/types"
import { invariantViolations } from "../../src/workflows/utils/bundle-cart-check"
import { loadCartBundleState } from "../../src/workflows/utils/load-cart-bundle-state"
import { pluginOptions } from "../../src/plugin-options"

/**
 * The cart invariant, read from the database as the completion check reads
 * it: every custom-priced line belongs to exactly one bundle record, with its
 * variant, quantity and price, and every record's lines are in the cart.
 */
export const invariantProblems = async (container: MedusaContainer, cartId: string) => {
  const state = await loadCartBundleState(container, cartId)
  return invariantViolations(
    { currency_code: state.context.currency_code, lines: state.lines },
    state.bundles,
    pluginOptions().default_promotion_policy
  )
}
