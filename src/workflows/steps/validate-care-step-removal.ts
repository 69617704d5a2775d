import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateCareStepRemovalStepInput = {
  routine_status: "draft" | "published"
  step_count: number
}

export const validateCareStepRemovalStepId = "validate-care-step-removal"

/**
 * A published routine is sold as a bundle of its steps, so it keeps at least
 * one; the same rule stops a routine without steps from being published.
 */
export const validateCareStepRemovalStep = createStep(
  validateCareStepRemovalStepId,
  async ({ routine_status, step_count }: ValidateCareStepRemovalStepInput) => {
    if (routine_status === "published" && step_count <= 1) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The last step of a published routine cannot be deleted: unpublish the routine first"
      )
    }
  }
)
