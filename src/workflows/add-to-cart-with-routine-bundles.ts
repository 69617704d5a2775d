import type { AddToCartWorkflowInputDTO } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const addToCartWithRoutineBundlesWorkflowId = "add-to-cart-with-routine-bundles"

/**
 * Core's line add (POST /store/carts/:id/line-items) to a cart holding
 * bundles, under one hold of the cart's lock with the bundle rules after
 * it: core computes the cart's promotions again, and a buy-get promotion
 * would otherwise take money off bundle lines whose policy forbids it.
 */
export const addToCartWithRoutineBundlesWorkflow = createWorkflow(
  addToCartWithRoutineBundlesWorkflowId,
  (input: AddToCartWorkflowInputDTO & { additional_data?: Record<string, unknown> }) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    addToCartWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
