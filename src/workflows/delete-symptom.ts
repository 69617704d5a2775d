import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  removeRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../modules/routine"
import { deleteSymptomStep } from "./steps/delete-symptom"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type DeleteSymptomWorkflowInput = { id: string } & ChangedBy

export const deleteSymptomWorkflowId = "delete-symptom"

/**
 * Soft-deletes a symptom and its links to products.
 */
export const deleteSymptomWorkflow = createWorkflow(
  deleteSymptomWorkflowId,
  (input: DeleteSymptomWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    useQueryGraphStep({
      entity: "symptom",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    deleteSymptomStep(transform({ input }, ({ input }) => ({ id: input.id, changed_by: input.changed_by })))
    removeRemoteLinkStep({ [ROUTINE_MODULE]: { symptom_id: input.id } })

    const symptomDeleted = createHook("symptomDeleted", { id: input.id })
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [symptomDeleted] })
  }
)
