import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type CreateSymptomStepInput = {
  handle: string
  name: string
  description?: string | null
  metadata?: Record<string, unknown> | null
}

export const createSymptomStepId = "create-symptom"

export const createSymptomStep = createStep(
  createSymptomStepId,
  async (input: CreateSymptomStepInput, { container }) => {
    const symptom = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .createSymptoms(input)
    return new StepResponse(symptom, symptom.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteSymptoms([id])
  }
)
