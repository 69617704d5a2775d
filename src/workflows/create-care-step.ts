import { toHandle } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createCareStepsStep,
  type CreateCareStepStepInput,
} from "./steps/create-care-steps"
import {
  setCareStepPositionsStep,
  type CareStepPosition,
} from "./steps/set-care-step-positions"
import { compact } from "./utils/compact"
import { keepRoutineSellable } from "./utils/keep-routine-sellable"
import { routineLock } from "./utils/routine-lock"
import { raiseRoutineOfferVersionStep } from "./steps/raise-routine-offer-version"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"
import type { ChangedBy } from "./utils/history"

export type CreateCareStepWorkflowInput = Omit<
  CreateCareStepStepInput,
  "handle" | "position"
> & {
  handle?: string
  /** 1-based; omitted or past the end appends the step. */
  position?: number
  additional_data?: Record<string, unknown>
} & ChangedBy

/**
 * Where the new step goes and which steps make room for it: inserting at an
 * occupied position moves that step and every later one down by one.
 */
const planInsert = (
  input: CreateCareStepWorkflowInput,
  steps: CareStepPosition[]
): { step: CreateCareStepStepInput & ChangedBy; shifted: CareStepPosition[] } => {
  const end = steps.length + 1
  const position = Math.min(input.position ?? end, end)
  const { additional_data, ...step } = input
  return {
    step: { ...step, position, handle: input.handle ?? toHandle(input.title) },
    shifted: steps
      .filter((s) => s.position >= position)
      .map((s) => ({ id: s.id, position: s.position + 1 })),
  }
}

export const createCareStepWorkflowId = "create-care-step"

export const createCareStepWorkflow = createWorkflow(
  createCareStepWorkflowId,
  (input: CreateCareStepWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.routine_id)))
    // A new step has no product yet: on a published routine it must be
    // optional, or shoppers could not buy the routine until it has one.
    const routine = keepRoutineSellable(input.routine_id, input, (before, input) => ({
      after: {
        ...before,
        steps: [...before.steps, { id: "new", title: input.title, optional: input.optional ?? false, product_count: 0 }],
      },
      change: `Adding the required step "${input.title}"`,
      instead: "Add it as optional, give it a product, then make it required; or unpublish the routine first.",
    }))

    const plan = transform({ input, routine }, ({ input, routine }) =>
      planInsert(input, compact(routine.steps ?? []))
    )
    const shifted = transform({ input, plan }, ({ input, plan }) => ({
      routine_id: input.routine_id,
      positions: plan.shifted,
    }))
    setCareStepPositionsStep(shifted)
    const created = createCareStepsStep(
      transform({ plan }, ({ plan }) => {
        const { changed_by, ...step } = plan.step
        return { steps: [step], changed_by }
      })
    )
    const step = transform({ created }, ({ created }) => created[0])

    const careStepCreated = createHook("careStepCreated", {
      step,
      additional_data: input.additional_data,
    })
    raiseRoutineOfferVersionStep({ routine_id: input.routine_id })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.routine_id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(step, { hooks: [careStepCreated] })
  }
)
