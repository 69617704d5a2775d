import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

/**
 * A change to what a routine's bundles may contain moves its offer version
 * (see RoutineModuleService.raiseOfferVersion), under the routine's lock.
 * The compensation puts the version back: the change it announced was
 * undone too.
 */
export const raiseRoutineOfferVersionStep = createStep(
  "raise-routine-offer-version",
  async (input: { routine_id: string }, { container }) => {
    const previous = await container.resolve<RoutineModuleService>(ROUTINE_MODULE).raiseOfferVersion(input.routine_id)
    return new StepResponse(undefined, { routine_id: input.routine_id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .updateRoutines({ id: undo.routine_id, offer_version: undo.previous })
  }
)
