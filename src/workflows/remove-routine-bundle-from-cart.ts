import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { releaseCartLockStep } from "./steps/release-cart-lock"
import { planRemove } from "./utils/cart-bundle-plan"
import { findCartBundle } from "./utils/cart-bundle-state"

export type RemoveRoutineBundleFromCartInput = {
  cart_id: string
  bundle_id: string
}

export const removeRoutineBundleFromCartWorkflowId = "remove-routine-bundle-from-cart"

/** Removes one bundle, its lines with it, under the cart's lock; 404 for a bundle not in the cart. */
export const removeRoutineBundleFromCartWorkflow = createWorkflow(
  removeRoutineBundleFromCartWorkflowId,
  (input: RemoveRoutineBundleFromCartInput) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id })
    const plan = transform({ state, input }, ({ state, input }) =>
      planRemove(state, findCartBundle(state, input.bundle_id))
    )
    applyCartBundlePlanWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        plan,
        state,
      },
    })
    const routineBundleRemoved = createHook("routineBundleRemoved", {
      cart_id: input.cart_id,
      bundle_id: input.bundle_id,
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse({ id: input.bundle_id }, { hooks: [routineBundleRemoved] })
  }
)
