import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { loadVariantOffersStep } from "./steps/load-variant-offers"
import { releaseCartLockStep } from "./steps/release-cart-lock"
import { emptyPlan, isEmptyPlan, planDissolveAll } from "./utils/cart-bundle-plan"

export const dissolveCartRoutineBundlesWorkflowId = "dissolve-cart-routine-bundles"

/**
 * Ends every bundle of an open cart under its lock: the records go, the
 * lines stay at the prices the shopper pays for them alone.
 */
export const dissolveCartRoutineBundlesWorkflow = createWorkflow(
  dissolveCartRoutineBundlesWorkflowId,
  (input: { cart_id: string }) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id, allow_completed: true })
    const offers = loadVariantOffersStep({ state })
    const plan = transform({ state, offers }, ({ state, offers }) =>
      state.completed ? emptyPlan() : planDissolveAll(state, offers)
    )
    when("cart-has-bundles", { plan }, ({ plan }) => !isEmptyPlan(plan)).then(() => {
      applyCartBundlePlanWorkflow.runAsStep({
        input: {
          cart_id: input.cart_id,
          plan,
          state,
        },
      })
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse({ id: input.cart_id })
  }
)
