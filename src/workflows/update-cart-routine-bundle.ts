import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreUpdateRoutineBundleRequest } from "../types"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { planRoutineBundleEditStep } from "./steps/plan-routine-bundle-edit"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export type UpdateCartRoutineBundleInput = StoreUpdateRoutineBundleRequest & {
  cart_id: string
  bundle_id: string
  additional_data?: Record<string, unknown>
}

export const updateCartRoutineBundleWorkflowId = "update-cart-routine-bundle"

/**
 * Changes a bundle in a cart without losing it: its quantity, a step's
 * product swapped for another candidate, steps left out or taken back, or
 * new symptoms. Priced again on the server under the cart's lock, all or
 * nothing; the bundle keeps its id.
 */
export const updateCartRoutineBundleWorkflow = createWorkflow(
  updateCartRoutineBundleWorkflowId,
  (input: UpdateCartRoutineBundleInput) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id })
    const plan = planRoutineBundleEditStep({
      state,
      bundle_id: input.bundle_id,
      change: transform({ input }, ({ input }) => ({
        symptoms: input.symptoms,
        selections: input.selections,
        skip_steps: input.skip_steps,
        quantity: input.quantity,
      })),
    })
    applyCartBundlePlanWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        plan,
        state,
      },
    })
    const routineBundleUpdated = createHook("routineBundleUpdated", {
      cart_id: input.cart_id,
      bundle_id: input.bundle_id,
      additional_data: input.additional_data,
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse({ id: input.bundle_id }, { hooks: [routineBundleUpdated] })
  }
)
