import type { UpdateCartPromotionsWorkflowInput } from "@medusajs/medusa/core-flows"
import { PromotionActions } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { enforceBundlePromotionPolicyWorkflow } from "./enforce-bundle-promotion-policy"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const updateCartPromotionsWithRoutineBundlesWorkflowId = "update-cart-promotions-with-routine-bundles"

/**
 * Core's promotion change (POST and DELETE /store/carts/:id/promotions)
 * under one hold of the cart's lock, then the bundles' promotion policies
 * applied again: a `best_of` bundle takes the promotions instead of its own
 * discount when they are worth more, and goes back to its own when a code
 * is removed.
 */
export const updateCartPromotionsWithRoutineBundlesWorkflow = createWorkflow(
  updateCartPromotionsWithRoutineBundlesWorkflowId,
  (input: UpdateCartPromotionsWorkflowInput & { cart_id: string }) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    updateCartPromotionsWorkflow.runAsStep({ input })
    const added = transform({ input }, ({ input }) => (input.action === PromotionActions.ADD ? input.promo_codes ?? [] : []))
    refreshCartRoutineBundlesWorkflow.runAsStep({ input: { cart_id: input.cart_id, promo_codes: added } })
    // A code Medusa could not apply before (it targets only a best_of
    // bundle's products) may apply now that the bundle's lines take it.
    when("codes-were-added", { added }, ({ added }) => added.length > 0).then(() => {
      updateCartPromotionsWorkflow
        .runAsStep({ input: { cart_id: input.cart_id, promo_codes: added, action: PromotionActions.ADD } })
        .config({ name: "apply-codes-after-routine-bundles" })
      enforceBundlePromotionPolicyWorkflow
        .runAsStep({ input: { cart_id: input.cart_id } })
        .config({ name: "enforce-policies-after-codes" })
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
