import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { discountKind } from "../../lib/discount-kinds"
import { purchaseBlockers, type RoutineShape } from "../../lib/routine-sellability"
import { scheduleInOrder } from "../../lib/routine-schedule"
import type { DiscountType, RoutineSchedule, RoutineStatus } from "../../types"

export type ValidateRoutineStepInput = {
  /** The status the request sets, if any. */
  status?: RoutineStatus
  /** Whether the routine is published once written. */
  published: boolean
  discount_type: DiscountType
  discount_value: number
  /** The tiers the routine will have. */
  tier_count: number
  /** The fewest steps a bundle keeps, once written, and whether the request sets it. */
  min_steps: number | null
  sets_min_steps: boolean
  /** The routine's steps as the sellability rule reads them. */
  steps: RoutineShape["steps"]
  /** Its schedule once written. */
  schedule: RoutineSchedule
  /** Its subscription switch and intervals once written. */
  subscriptions: { enabled: boolean; interval_weeks: number[] }
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
    // An update may switch subscriptions on without intervals, or clear the stored ones.
    if (routine.subscriptions.enabled && !routine.subscriptions.interval_weeks.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "subscription_interval_weeks needs at least one interval while subscriptions are enabled"
      )
    }
    // An update may move one end past the other stored one.
    if (!scheduleInOrder(routine.schedule)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at must be after starts_at")
    }
    const blocking = purchaseBlockers(routine)
    if (routine.published && routine.sets_min_steps && blocking.some((b) => b.key === "min_steps")) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `min_steps: a bundle cannot need ${routine.min_steps} steps when the routine has ${routine.steps.length}`
      )
    }
    if (routine.status === "published") {
      // What would leave shoppers a routine they cannot buy: the rule every
      // edit of a published routine keeps (ensure-routine-sellable.ts).
      if (blocking.length) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The routine cannot be published yet: ${blocking.map((b) => b.reason).join("; ")}`
        )
      }
    }
  }
)
