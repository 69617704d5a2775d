import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CreateSymptomStepInput } from "./create-symptom"

export type UpdateSymptomStepInput = {
  id: string
  update: Partial<CreateSymptomStepInput>
}

export const updateSymptomStepId = "update-symptom"

export const updateSymptomStep = createStep(
  updateSymptomStepId,
  async ({ id, update }: UpdateSymptomStepInput, { container }) => {
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const previous = await routineService.retrieveSymptom(id)
    const symptom = await routineService.updateSymptoms({ id, ...update })
    return new StepResponse(symptom, {
      id,
      handle: previous.handle,
      name: previous.name,
      description: previous.description,
      metadata: previous.metadata,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).updateSymptoms(previous)
  }
)
