import { toHandle } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRoutineStep,
  type CreateRoutineStepInput,
} from "./steps/create-routine"
import { setRoutineOfferStep } from "./steps/set-routine-offer"
import type { RoutineOffer } from "../modules/routine/service"
import { validateRoutineStep } from "./steps/validate-routine"
import type { DiscountTier } from "../types"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type CreateRoutineWorkflowInput = Omit<
  CreateRoutineStepInput,
  "handle"
> & {
  handle?: string
  discount_amounts?: RoutineOffer["discount_amounts"]
  discount_tiers?: DiscountTier[]
  additional_data?: Record<string, unknown>
}

const toRoutineData = ({
  additional_data,
  discount_amounts,
  discount_tiers,
  ...routine
}: CreateRoutineWorkflowInput): CreateRoutineStepInput => ({
  ...routine,
  handle: routine.handle ?? toHandle(routine.title),
})

export const createRoutineWorkflowId = "create-routine"

/**
 * Creates a routine, with its discount amounts (fixed or set price) and
 * tiers when given. A new
 * routine has no steps yet, so it cannot be created as published.
 */
export const createRoutineWorkflow = createWorkflow(
  createRoutineWorkflowId,
  (input: CreateRoutineWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    const data = transform({ input }, ({ input }) => toRoutineData(input))
    const checked = transform({ data, input }, ({ data, input }) => ({
      status: data.status,
      discount_type: data.discount_type ?? "percentage",
      discount_value: data.discount_value ?? 0,
      tier_count: input.discount_tiers?.length ?? 0,
      published: data.status === "published",
      min_steps: data.min_steps ?? null,
      sets_min_steps: data.min_steps != null,
      steps: [],
    }))
    validateRoutineStep(checked)

    const routine = createRoutineStep(data)

    // Its amounts and tiers with the rest of the offer, as one value.
    setRoutineOfferStep(
      transform({ input, routine }, ({ input, routine }) => ({
        routine_id: routine.id,
        change: {
          ...(input.discount_amounts?.length && { discount_amounts: input.discount_amounts }),
          ...(input.discount_tiers?.length && { discount_tiers: input.discount_tiers }),
        },
      }))
    )

    const routineCreated = createHook("routineCreated", {
      routine,
      additional_data: input.additional_data,
    })
    invalidateRoutinePagesStep()
    return new WorkflowResponse(routine, { hooks: [routineCreated] })
  }
)
