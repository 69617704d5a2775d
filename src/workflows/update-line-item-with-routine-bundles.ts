import type { UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const updateLineItemWithRoutineBundlesWorkflowId = "update-line-item-with-routine-bundles"

/**
 * Core's line update (POST /store/carts/:id/line-items/:line_id) under one
 * hold of the cart's lock with the bundle rules after it: changing the
 * quantity of a bundle's line does what the shopper asked and dissolves the
 * bundle (its other lines back to regular prices); a metadata-only update
 * changes nothing about any bundle.
 */
export const updateLineItemWithRoutineBundlesWorkflow = createWorkflow(
  updateLineItemWithRoutineBundlesWorkflowId,
  (input: UpdateLineItemInCartWorkflowInputDTO) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    updateLineItemInCartWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
