import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  updateSymptomStep,
  type UpdateSymptomStepInput,
} from "./steps/update-symptom"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { symptomLock } from "./utils/routine-lock"

export type UpdateSymptomWorkflowInput = UpdateSymptomStepInput & {
  additional_data?: Record<string, unknown>
}

export const updateSymptomWorkflowId = "update-symptom"

export const updateSymptomWorkflow = createWorkflow(
  updateSymptomWorkflowId,
  (input: UpdateSymptomWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => symptomLock(input.id)))
    useQueryGraphStep({
      entity: "symptom",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    const symptom = updateSymptomStep({ id: input.id, update: input.update, changed_by: input.changed_by })

    const symptomUpdated = createHook("symptomUpdated", {
      symptom,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: symptomLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(symptom, { hooks: [symptomUpdated] })
  }
)
