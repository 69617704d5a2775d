import type { AddShippingMethodToCartWorkflowInput } from "@medusajs/medusa/core-flows"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const addShippingMethodWithRoutineBundlesWorkflowId = "add-shipping-method-with-routine-bundles"

/**
 * Core's shipping method add (POST /store/carts/:id/shipping-methods) to a
 * cart holding bundles, under one hold of the cart's lock with the bundle
 * rules after it: core refreshes the cart's promotions (see
 * add-to-cart-with-routine-bundles.ts).
 */
export const addShippingMethodWithRoutineBundlesWorkflow = createWorkflow(
  addShippingMethodWithRoutineBundlesWorkflowId,
  (input: AddShippingMethodToCartWorkflowInput & { additional_data?: Record<string, unknown> }) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    addShippingMethodToCartWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
