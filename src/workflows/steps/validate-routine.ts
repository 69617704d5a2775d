import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export type ValidateRoutineStepInput = {
  status?: "draft" | "published"
  discount_type: "percentage" | "fixed"
  discount_value: number
  step_count: number
}

export const MAX_PERCENTAGE_DISCOUNT = 100

export const validateRoutineStepId = "validate-routine"

/**
 * Checks a routine as it will be once written. The discount is checked here,
 * not only in the request body, because an update may change the value
 * without the type (or the other way round).
 */
export const validateRoutineStep = createStep(
  validateRoutineStepId,
  async (routine: ValidateRoutineStepInput) => {
    if (
      routine.discount_type === "percentage" &&
      routine.discount_value > MAX_PERCENTAGE_DISCOUNT
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `discount_value must be at most ${MAX_PERCENTAGE_DISCOUNT} for a percentage discount, got ${routine.discount_value}`
      )
    }
    if (routine.status === "published" && routine.step_count === 0) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "A routine without steps cannot be published: add a step first"
      )
    }
  }
)
