import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export const deleteSymptomStepId = "delete-symptom"

export const deleteSymptomStep = createStep(
  deleteSymptomStepId,
  async (id: string, { container }) => {
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).softDeleteSymptoms([id])
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).restoreSymptoms([id])
  }
)
