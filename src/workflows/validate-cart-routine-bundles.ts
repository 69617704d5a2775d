import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateCartRoutineBundlesStep } from "./steps/validate-cart-routine-bundles"

export const validateCartRoutineBundlesWorkflowId = "validate-cart-routine-bundles"

/** Checks a cart's bundle lines against our records; runs before completion. */
export const validateCartRoutineBundlesWorkflow = createWorkflow(
  validateCartRoutineBundlesWorkflowId,
  (input: { cart_id: string }) => {
    validateCartRoutineBundlesStep(input)
    return new WorkflowResponse(void 0)
  }
)
