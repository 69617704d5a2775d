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
import { deleteCareStepStep } from "./steps/delete-care-step"
import {
  setCareStepPositionsStep,
  type CareStepPosition,
} from "./steps/set-care-step-positions"
import { keepRoutineSellable } from "./utils/keep-routine-sellable"
import { compact } from "./utils/compact"
import { routineLock } from "./utils/routine-lock"
import { raiseRoutineOfferVersionStep } from "./steps/raise-routine-offer-version"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type DeleteCareStepWorkflowInput = { id: string; routine_id: string } & ChangedBy

/** The steps after the removed one move up, so positions stay 1..n. */
const closeGap = (
  removed: CareStepPosition,
  steps: CareStepPosition[]
): CareStepPosition[] =>
  steps
    .filter((s) => s.position > removed.position)
    .map((s) => ({ id: s.id, position: s.position - 1 }))

export const deleteCareStepWorkflowId = "delete-care-step"

export const deleteCareStepWorkflow = createWorkflow(
  deleteCareStepWorkflowId,
  (input: DeleteCareStepWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.routine_id)))
    // The routine's steps are read from the routine: Query does not load
    // `routine.steps` back through a step.
    const { data: step } = useQueryGraphStep({
      entity: "care_step",
      fields: ["id", "position"],
      filters: { id: input.id, routine_id: input.routine_id },
      options: { throwIfKeyNotFound: true, isList: false },
    }).config({ name: "find-care-step" })
    const routine = keepRoutineSellable(input.routine_id, input, (before, input) => ({
      after: { ...before, steps: before.steps.filter((s) => s.id !== input.id) },
      change: `Deleting the step "${before.steps.find((s) => s.id === input.id)?.title}"`,
      instead: "Lower its fewest steps, or unpublish it first.",
    }))

    const steps = transform({ routine }, ({ routine }) =>
      compact(routine.steps as ({ id: string; position: number } | null)[])
    )

    deleteCareStepStep(transform({ input }, ({ input }) => ({ id: input.id, changed_by: input.changed_by })))
    const moved = transform(
      { input, step, steps },
      ({ input, step, steps }) => ({
        routine_id: input.routine_id,
        positions: closeGap(step, steps),
      })
    )
    setCareStepPositionsStep(moved)
    removeRemoteLinkStep({ [ROUTINE_MODULE]: { care_step_id: input.id } })

    const careStepDeleted = createHook("careStepDeleted", {
      id: input.id,
      routine_id: input.routine_id,
    })
    raiseRoutineOfferVersionStep({ routine_id: input.routine_id })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.routine_id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(void 0, { hooks: [careStepDeleted] })
  }
)
