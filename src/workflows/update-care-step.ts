import {
  createHook,
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  updateCareStepStep,
  type UpdateCareStepStepInput,
} from "./steps/update-care-step"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type UpdateCareStepWorkflowInput = UpdateCareStepStepInput & {
  routine_id: string
  additional_data?: Record<string, unknown>
}

export const updateCareStepWorkflowId = "update-care-step"

/**
 * Updates a step's text and flags. Its position changes only through
 * the reorder workflow, which keeps the routine's positions contiguous.
 */
export const updateCareStepWorkflow = createWorkflow(
  updateCareStepWorkflowId,
  (input: UpdateCareStepWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    useQueryGraphStep({
      entity: "care_step",
      fields: ["id"],
      filters: { id: input.id, routine_id: input.routine_id },
      options: { throwIfKeyNotFound: true },
    })

    const step = updateCareStepStep({ id: input.id, update: input.update })

    const careStepUpdated = createHook("careStepUpdated", {
      step,
      additional_data: input.additional_data,
    })
    invalidateRoutinePagesStep()
    return new WorkflowResponse(step, { hooks: [careStepUpdated] })
  }
)
