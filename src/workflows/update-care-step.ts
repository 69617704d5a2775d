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
import { keepRoutineSellable } from "./utils/keep-routine-sellable"

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
    keepRoutineSellable(input.routine_id, input, (before, input) => ({
      after: {
        ...before,
        steps: before.steps.map((s) => (s.id === input.id ? { ...s, optional: input.update.optional ?? s.optional } : s)),
      },
      change: `Making the step "${before.steps.find((s) => s.id === input.id)?.title}" required`,
      instead: "Give it a product first.",
    }))

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
