import {
  createHook,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  updateSymptomStep,
  type UpdateSymptomStepInput,
} from "./steps/update-symptom"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type UpdateSymptomWorkflowInput = UpdateSymptomStepInput & {
  additional_data?: Record<string, unknown>
}

export const updateSymptomWorkflowId = "update-symptom"

export const updateSymptomWorkflow = createWorkflow(
  updateSymptomWorkflowId,
  (input: UpdateSymptomWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
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
    invalidateRoutinePagesStep()
    return new WorkflowResponse(symptom, { hooks: [symptomUpdated] })
  }
)
