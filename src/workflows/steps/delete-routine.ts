import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export const deleteRoutineStepId = "delete-routine"

/**
 * Soft-deletes a routine; its steps and discount amounts follow by cascade
 * and come back with it on restore.
 */
export const deleteRoutineStep = createStep(
  deleteRoutineStepId,
  async (id: string, { container }) => {
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).softDeleteRoutines([id])
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).restoreRoutines([id])
  }
)
