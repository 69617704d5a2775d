import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineOfferChange } from "../../modules/routine/service"

export const setRoutineOfferStepId = "set-routine-offer"

/** The offer fields of a routine update (the rest are the routine's own). */
export const OFFER_FIELDS = [
  "discount_type",
  "discount_value",
  "min_steps",
  "promotion_policy",
  "discount_amounts",
  "discount_tiers",
] as const satisfies readonly (keyof RoutineOfferChange)[]

/** The part of an update that changes the offer; empty when it changes none. */
export const offerChangeOf = (update: Record<string, unknown>): RoutineOfferChange =>
  Object.fromEntries(OFFER_FIELDS.filter((key) => update[key] !== undefined).map((key) => [key, update[key]]))

/**
 * Changes a routine's offer as one value, in one transaction (see
 * RoutineModuleService.changeRoutineOffer); the compensation puts the old
 * offer back the same way. Nothing to change, nothing written.
 */
export const setRoutineOfferStep = createStep(
  setRoutineOfferStepId,
  async ({ routine_id, change }: { routine_id: string; change: RoutineOfferChange }, { container }) => {
    if (!Object.keys(change).length) {
      return new StepResponse(undefined, undefined)
    }
    const previous = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .changeRoutineOffer(routine_id, change)
    return new StepResponse(undefined, { routine_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).changeRoutineOffer(undo.routine_id, undo.previous)
  }
)
