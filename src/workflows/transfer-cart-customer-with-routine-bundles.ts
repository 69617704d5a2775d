import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { transferCartCustomerWorkflow } from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export const transferCartCustomerWithRoutineBundlesWorkflowId =
  "transfer-cart-customer-with-routine-bundles"

/**
 * Core's cart transfer to the logged-in customer (POST /store/carts/:id/customer)
 * with the cart's bundles settled before it (core's full refresh refuses
 * lines of products no longer sold) and re-priced after it for the
 * customer's own prices (customer-group price lists), under one hold of the
 * cart's lock.
 */
export const transferCartCustomerWithRoutineBundlesWorkflow = createWorkflow(
  transferCartCustomerWithRoutineBundlesWorkflowId,
  (input: { id: string; customer_id: string; additional_data?: Record<string, unknown> }) => {
    const lock = acquireCartLockStep({ cart_id: input.id })
    refreshCartRoutineBundlesWorkflow
      .runAsStep({ input: { cart_id: input.id } })
      .config({ name: "settle-routine-bundles-before-transfer" })
    transferCartCustomerWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow
      .runAsStep({ input: { cart_id: input.id } })
      .config({ name: "refresh-routine-bundles-after-transfer" })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
