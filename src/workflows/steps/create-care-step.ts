import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type CreateCareStepStepInput = {
  routine_id: string
  position: number
  handle: string
  title: string
  guidance?: string | null
  optional?: boolean
  metadata?: Record<string, unknown> | null
}

export const createCareStepStepId = "create-care-step"

export const createCareStepStep = createStep(
  createCareStepStepId,
  async (input: CreateCareStepStepInput, { container }) => {
    const step = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .createCareSteps(input)
    return new StepResponse(step, step.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteCareSteps([id])
  }
)
