import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"

export const deleteCareStepStepId = "delete-care-step"

export const deleteCareStepStep = createStep(
  deleteCareStepStepId,
  async (id: string, { container }) => {
    await container.resolve(ROUTINE_MODULE).softDeleteCareSteps([id])
    return new StepResponse(void 0, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve(ROUTINE_MODULE).restoreCareSteps([id])
  }
)
