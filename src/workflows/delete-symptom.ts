import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  removeRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../modules/routine"
import { deleteSymptomStep } from "./steps/delete-symptom"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { symptomLock } from "./utils/routine-lock"
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
    acquireLockStep(transform({ input }, ({ input }) => symptomLock(input.id)))
    useQueryGraphStep({
      entity: "symptom",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })

    deleteSymptomStep(transform({ input }, ({ input }) => ({ id: input.id, changed_by: input.changed_by })))
    removeRemoteLinkStep({ [ROUTINE_MODULE]: { symptom_id: input.id } })

    const symptomDeleted = createHook("symptomDeleted", { id: input.id })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: symptomLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [symptomDeleted] })
  }
)
