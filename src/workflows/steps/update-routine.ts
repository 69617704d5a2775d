import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CreateRoutineStepInput } from "./create-routine"

/** A routine's own fields; its offer changes through set-routine-offer.ts. */
export type RoutineOwnFields = Pick<CreateRoutineStepInput, "handle" | "title" | "description" | "status" | "metadata">

export type UpdateRoutineStepInput = {
  id: string
  update: Partial<RoutineOwnFields>
}

export const updateRoutineStepId = "update-routine"

/**
 * Updates a routine's own fields (not its offer); the compensation writes
 * back what was there before.
 */
export const updateRoutineStep = createStep(
  updateRoutineStepId,
  async ({ id, update }: UpdateRoutineStepInput, { container }) => {
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const previous = await routineService.retrieveRoutine(id)
    const routine = await routineService.updateRoutines({ id, ...update })
    return new StepResponse(routine, {
      id,
      handle: previous.handle,
      title: previous.title,
      description: previous.description,
      status: previous.status,
      metadata: previous.metadata,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).updateRoutines(previous)
  }
)
