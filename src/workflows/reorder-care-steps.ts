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
  setCareStepPositionsStep,
  type CareStepPosition,
} from "./steps/set-care-step-positions"
import { validateCareStepOrderStep } from "./steps/validate-care-step-order"
import { compact } from "./utils/compact"
import { routineLock } from "./utils/routine-lock"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type ReorderCareStepsWorkflowInput = {
  routine_id: string
  /** Every step id of the routine, in the new order. */
  step_ids: string[]
  additional_data?: Record<string, unknown>
} & ChangedBy

/** Positions 1..n in the given order, for the steps whose position changes. */
const toMoves = (
  stepIds: string[],
  steps: CareStepPosition[]
): CareStepPosition[] => {
  const current = new Map(steps.map((s) => [s.id, s.position]))
  return stepIds
    .map((id, index) => ({ id, position: index + 1 }))
    .filter((move) => current.get(move.id) !== move.position)
}

export const reorderCareStepsWorkflowId = "reorder-care-steps"

export const reorderCareStepsWorkflow = createWorkflow(
  reorderCareStepsWorkflowId,
  (input: ReorderCareStepsWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.routine_id)))
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ["id", "steps.id", "steps.position"],
      filters: { id: input.routine_id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const steps = transform({ routine }, ({ routine }) =>
      compact(routine.steps as ({ id: string; position: number } | null)[])
    )
    const order = transform({ input, steps }, ({ input, steps }) => ({
      step_ids: input.step_ids,
      current_ids: steps.map((s) => s.id),
    }))
    validateCareStepOrderStep(order)

    const moves = transform({ input, steps }, ({ input, steps }) => ({
      routine_id: input.routine_id,
      positions: toMoves(input.step_ids, steps),
      record: { changed_by: input.changed_by },
    }))
    setCareStepPositionsStep(moves)

    const careStepsReordered = createHook("careStepsReordered", {
      routine_id: input.routine_id,
      step_ids: input.step_ids,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.routine_id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(input.step_ids, {
      hooks: [careStepsReordered],
    })
  }
)
