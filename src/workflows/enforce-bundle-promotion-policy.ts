import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  refreshPaymentCollectionForCartWorkflow,
  removeLineItemAdjustmentsStep,
} from "@medusajs/medusa/core-flows"
import { pluginOptions } from "../plugin-options"
import { loadBundleLineAdjustmentsStep, type BundleLineAdjustments } from "./steps/load-bundle-line-adjustments"
import { forbiddenAdjustments } from "./utils/bundle-cart-check"

export const enforceBundlePromotionPolicyWorkflowId = "enforce-bundle-promotion-policy"

/**
 * Takes off a cart's bundle lines the promotion adjustments their bundle's
 * policy does not allow (`exclusive`, or `best_of` keeping the bundle's own
 * discount), whatever kind of promotion made them: Medusa's buy-get
 * promotions ignore the lines' `is_discountable`. Runs after core computed
 * the cart's promotions, under the cart's lock held by the caller; the
 * payment collection follows the new total. A completed cart is left alone.
 * A caller that has just read the bundles and the refreshed lines passes
 * them as `loaded`; otherwise they are read here.
 */
export const enforceBundlePromotionPolicyWorkflow = createWorkflow(
  enforceBundlePromotionPolicyWorkflowId,
  (input: { cart_id: string; loaded?: BundleLineAdjustments }) => {
    const read = when("bundle-line-adjustments-not-given", { input }, ({ input }) => !input.loaded).then(() =>
      loadBundleLineAdjustmentsStep({ cart_id: input.cart_id })
    )
    const loaded = transform({ input, read }, ({ input, read }) => (input.loaded ?? read)!)
    const forbidden = transform({ loaded }, ({ loaded }) => {
      if (loaded.completed) return []
      const policy = pluginOptions().default_promotion_policy
      return loaded.bundles.flatMap((bundle) =>
        bundle.items.flatMap((item) =>
          forbiddenAdjustments(bundle, loaded.adjustments[item.line_item_id ?? ""] ?? [], policy).map((a) => a.id)
        )
      )
    })
    when("bundle-lines-carry-forbidden-adjustments", { forbidden }, ({ forbidden }) => forbidden.length > 0).then(
      () => {
        removeLineItemAdjustmentsStep({ lineItemAdjustmentIdsToRemove: forbidden })
        refreshPaymentCollectionForCartWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
      }
    )
    return new WorkflowResponse(forbidden)
  }
)
