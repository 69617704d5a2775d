import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateCareStepRemovalStepInput = {
  routine_status: "draft" | "published"
  step_count: number
  /** The routine's fewest steps in a bundle. */
  min_steps: number | null
}

export const validateCareStepRemovalStepId = "validate-care-step-removal"

/**
 * A published routine is sold as a bundle of its steps, so it keeps at least
 * one, and at least the fewest steps a bundle needs; the same rules stop such
 * a routine from being published.
 */
export const validateCareStepRemovalStep = createStep(
  validateCareStepRemovalStepId,
  async ({ routine_status, step_count, min_steps }: ValidateCareStepRemovalStepInput) => {
    if (routine_status !== "published") return
    if (step_count <= 1) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "The last step of a published routine cannot be deleted: unpublish the routine first"
      )
    }
    if (min_steps != null && step_count - 1 < min_steps) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A bundle of this published routine needs ${min_steps} steps, so none of its ${step_count} can be deleted: lower its fewest steps first`
      )
    }
  }
)
