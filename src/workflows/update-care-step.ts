import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  updateCareStepStep,
  type UpdateCareStepStepInput,
} from "./steps/update-care-step"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import { raiseRoutineOfferVersionStep } from "./steps/raise-routine-offer-version"
import { routineLock } from "./utils/routine-lock"
import { ensureRoutineSellableStep } from "./steps/ensure-routine-sellable"
import { ROUTINE_SHAPE_FIELDS, routineShapeOf, type ShapedRoutine } from "./utils/routine-shape"

export type UpdateCareStepWorkflowInput = UpdateCareStepStepInput & {
  routine_id: string
  additional_data?: Record<string, unknown>
}

export const updateCareStepWorkflowId = "update-care-step"

/**
 * Updates a step's text and flags. Its position changes only through
 * the reorder workflow, which keeps the routine's positions contiguous.
 * Whether a step is optional changes what a bundle may contain: the
 * routine's offer version moves (under the routine's lock).
 */
export const updateCareStepWorkflow = createWorkflow(
  updateCareStepWorkflowId,
  (input: UpdateCareStepWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.routine_id)))
    useQueryGraphStep({
      entity: "care_step",
      fields: ["id"],
      filters: { id: input.id, routine_id: input.routine_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "find-care-step" })
    const { data: routine } = useQueryGraphStep({
      entity: "routine",
      fields: ROUTINE_SHAPE_FIELDS,
      filters: { id: input.routine_id },
      options: { isList: false },
    }).config({ name: "find-routine" })
    ensureRoutineSellableStep(
      transform({ input, routine }, ({ input, routine }) => {
        const before = routineShapeOf(routine as ShapedRoutine)
        const step = before.steps.find((s) => s.id === input.id)
        return {
          published: routine.status === "published",
          before,
          after: {
            ...before,
            steps: before.steps.map((s) => (s.id === input.id ? { ...s, optional: input.update.optional ?? s.optional } : s)),
          },
          change: `Making the step "${step?.title}" required`,
          instead: "Give it a product first.",
        }
      })
    )

    const step = updateCareStepStep({ id: input.id, update: input.update, changed_by: input.changed_by })
    raiseRoutineOfferVersionStep({ routine_id: input.routine_id })

    const careStepUpdated = createHook("careStepUpdated", {
      step,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.routine_id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(step, { hooks: [careStepUpdated] })
  }
)
