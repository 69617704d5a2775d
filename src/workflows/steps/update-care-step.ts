import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CreateCareStepStepInput } from "./create-care-step"

export type UpdateCareStepStepInput = {
  id: string
  update: Partial<
    Pick<
      CreateCareStepStepInput,
      "handle" | "title" | "guidance" | "optional" | "metadata"
    >
  >
}

export const updateCareStepStepId = "update-care-step"

export const updateCareStepStep = createStep(
  updateCareStepStepId,
  async ({ id, update }: UpdateCareStepStepInput, { container }) => {
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const previous = await routineService.retrieveCareStep(id)
    const step = await routineService.updateCareSteps({ id, ...update })
    return new StepResponse(step, {
      id,
      handle: previous.handle,
      title: previous.title,
      guidance: previous.guidance,
      optional: previous.optional,
      metadata: previous.metadata,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).updateCareSteps(previous)
  }
)
