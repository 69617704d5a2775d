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
import { deleteRoutineStep } from "./steps/delete-routine"
import { compact } from "./utils/compact"
import { routineLock } from "./utils/routine-lock"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type DeleteRoutineWorkflowInput = { id: string } & ChangedBy

export const deleteRoutineWorkflowId = "delete-routine"

/**
 * Soft-deletes a routine with its steps and discount amounts, the links
 * from its steps to products and its own to sales channels and customer groups.
 */
export const deleteRoutineWorkflow = createWorkflow(
  deleteRoutineWorkflowId,
  (input: DeleteRoutineWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.id)))
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "steps.id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    deleteRoutineStep(transform({ input }, ({ input }) => ({ id: input.id, changed_by: input.changed_by })))

    const stepIds = transform({ routine }, ({ routine }) =>
      compact(routine.steps as ({ id: string } | null)[]).map((step) => step.id)
    )
    removeRemoteLinkStep({ [ROUTINE_MODULE]: { care_step_id: stepIds, routine_id: input.id } })

    const routineDeleted = createHook("routineDeleted", { id: input.id })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [routineDeleted] })
  }
)
