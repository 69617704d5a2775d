import { toHandle } from "@medusajs/framework/utils"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createRoutineStep, type CreateRoutineStepInput } from "./steps/create-routine"
import { PAGE_FIELDS, type RoutineOwnFields } from "./steps/update-routine"
import { offerAlertEvents, offerChangeOf, setRoutineOfferStep } from "./steps/set-routine-offer"
import { ROUTINE_BUNDLE_EVENTS } from "./events"
import type { RoutineOffer } from "../modules/routine/service"
import { validateRoutineStep } from "./steps/validate-routine"
import type { DiscountTier, RoutineSubscriptionSettings } from "../types"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type CreateRoutineWorkflowInput = Omit<
  CreateRoutineStepInput,
  "handle"
> & {
  handle?: string
  discount_amounts?: RoutineOffer["discount_amounts"]
  discount_tiers?: DiscountTier[]
} & Partial<RoutineSubscriptionSettings> & {
  /** The admin user creating it, for the routine's history. */
  changed_by?: string | null
  additional_data?: Record<string, unknown>
}

/** The routine's own fields; the offer is set as one value after it. */
const ownFieldsOf = (input: CreateRoutineWorkflowInput): RoutineOwnFields => ({
  ...Object.fromEntries(PAGE_FIELDS.map((key) => [key, input[key]])),
  handle: input.handle ?? toHandle(input.title),
  title: input.title,
  description: input.description,
  status: input.status,
  metadata: input.metadata,
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
    const checked = transform({ input }, ({ input }) => ({
      status: input.status,
      discount_type: input.discount_type ?? "percentage",
      discount_value: input.discount_value ?? 0,
      tier_count: input.discount_tiers?.length ?? 0,
      published: input.status === "published",
      min_steps: input.min_steps ?? null,
      sets_min_steps: input.min_steps != null,
      steps: [],
      schedule: { starts_at: input.starts_at ?? null, ends_at: input.ends_at ?? null },
      subscriptions: {
        enabled: !!input.subscriptions_enabled,
        interval_weeks: input.subscription_interval_weeks ?? [],
      },
    }))
    validateRoutineStep(checked)

    // The routine with its own fields, then its whole offer as one value,
    // each with its history entry.
    const routine = createRoutineStep(
      transform({ input }, ({ input }) => ({ ...ownFieldsOf(input), changed_by: input.changed_by }))
    )
    const offer = setRoutineOfferStep(
      transform({ input, routine }, ({ input, routine }) => ({
        routine_id: routine.id,
        change: offerChangeOf(input),
        changed_by: input.changed_by,
        creating: true,
      }))
    )
    emitEventStep({
      eventName: ROUTINE_BUNDLE_EVENTS.OFFER_ALERT,
      data: transform({ offer, input }, ({ offer, input }) => offerAlertEvents(offer, input.changed_by)),
    })

    const routineCreated = createHook("routineCreated", {
      routine,
      additional_data: input.additional_data,
    })
    invalidateRoutinePagesStep()
    return new WorkflowResponse(routine, { hooks: [routineCreated] })
  }
)
