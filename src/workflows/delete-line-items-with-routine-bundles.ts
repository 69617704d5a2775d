import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteLineItemsWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const deleteLineItemsWithRoutineBundlesWorkflowId = "delete-line-items-with-routine-bundles"

/**
 * Core's line delete (DELETE /store/carts/:id/line-items/:line_id) under one
 * hold of the cart's lock with the bundle rules after it: deleting a bundle's
 * line dissolves the bundle, its other lines back to regular prices.
 */
export const deleteLineItemsWithRoutineBundlesWorkflow = createWorkflow(
  deleteLineItemsWithRoutineBundlesWorkflowId,
  (input: { cart_id: string; ids: string[] }) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    deleteLineItemsWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
