import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CreateRoutineStepInput } from "./create-routine"

export type UpdateRoutineStepInput = {
  id: string
  update: Partial<CreateRoutineStepInput>
}

export const updateRoutineStepId = "update-routine"

/**
 * Updates a routine's own fields; the compensation writes back what was
 * there before.
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
      discount_type: previous.discount_type,
      discount_value: previous.discount_value,
      min_steps: previous.min_steps,
      promotion_policy: previous.promotion_policy,
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
