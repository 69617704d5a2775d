import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { discountKind } from "../../lib/discount-kinds"
import type { DiscountType, RoutineStatus } from "../../types"

export type ValidateRoutineStepInput = {
  status?: RoutineStatus
  discount_type: DiscountType
  discount_value: number
  /** The tiers the routine will have. */
  tier_count: number
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
    const { input } = discountKind(routine.discount_type)
    if (input === "percentage" && routine.discount_value > MAX_PERCENTAGE_DISCOUNT) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `discount_value must be at most ${MAX_PERCENTAGE_DISCOUNT} for a percentage discount, got ${routine.discount_value}`
      )
    }
    if (routine.tier_count > 0 && input !== "percentage") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `discount_tiers: tiers are percentages by steps bought, so they need discount_type "percentage", not "${routine.discount_type}"`
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
