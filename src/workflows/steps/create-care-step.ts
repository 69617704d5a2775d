import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"

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
      .resolve(ROUTINE_MODULE)
      .createCareSteps(input)
    return new StepResponse(step, step.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve(ROUTINE_MODULE).deleteCareSteps([id])
  }
)
