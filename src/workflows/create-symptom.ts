import { toHandle } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createSymptomStep,
  type CreateSymptomStepInput,
} from "./steps/create-symptom"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type CreateSymptomWorkflowInput = Omit<
  CreateSymptomStepInput,
  "handle"
> & {
  handle?: string
  additional_data?: Record<string, unknown>
} & ChangedBy

export const createSymptomWorkflowId = "create-symptom"

export const createSymptomWorkflow = createWorkflow(
  createSymptomWorkflowId,
  (input: CreateSymptomWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    const data = transform({ input }, ({ input }) => {
      const { additional_data, ...symptom } = input
      return { ...symptom, handle: symptom.handle ?? toHandle(symptom.name) }
    })
    const symptom = createSymptomStep(data)

    const symptomCreated = createHook("symptomCreated", {
      symptom,
      additional_data: input.additional_data,
    })
    invalidateRoutinePagesStep()
    return new WorkflowResponse(symptom, { hooks: [symptomCreated] })
  }
)
