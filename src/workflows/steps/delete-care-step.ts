import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export const deleteCareStepStepId = "delete-care-step"

export const deleteCareStepStep = createStep(
  deleteCareStepStepId,
  async (id: string, { container }) => {
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).softDeleteCareSteps([id])
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).restoreCareSteps([id])
  }
)
