import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import type { CreateRoutineStepInput } from "./steps/create-routine"
import { OFFER_FIELDS, offerAlertEvents, offerChangeOf, setRoutineOfferStep } from "./steps/set-routine-offer"
import { ROUTINE_BUNDLE_EVENTS } from "./events"
import { updateRoutineStep, type UpdateRoutineStepInput } from "./steps/update-routine"
import type { RoutineOffer } from "../modules/routine/service"
import { validateRoutineStep } from "./steps/validate-routine"
import type { DiscountTier, RoutineSubscriptionSettings } from "../types"
import { ROUTINE_SHAPE_FIELDS, routineShapeOf, type ShapedRoutine } from "./utils/routine-shape"
import { routineLock } from "./utils/routine-lock"
import { invalidateRoutinePagesOnRollbackStep, invalidateRoutinePagesStep } from "./steps/invalidate-routine-pages"

export type UpdateRoutineWorkflowInput = {
  id: string
  update: Partial<CreateRoutineStepInput> & {
    discount_amounts?: RoutineOffer["discount_amounts"]
    discount_tiers?: DiscountTier[]
  } & Partial<RoutineSubscriptionSettings>
  /** The admin user making the change, for the routine's history. */
  changed_by?: string | null
  additional_data?: Record<string, unknown>
}

export const updateRoutineWorkflowId = "update-routine"

/**
 * Updates a routine. Its offer (discount type and value, `discount_amounts`,
 * `discount_tiers`, fewest steps, promotion policy) changes as one value in
 * one transaction: a shopper's quote is priced wholly under the old offer or
 * wholly under the new. Amounts and tiers, when given, replace the old ones
 * as a whole.
 */
export const updateRoutineWorkflow = createWorkflow(
  updateRoutineWorkflowId,
  (input: UpdateRoutineWorkflowInput) => {
    invalidateRoutinePagesOnRollbackStep()
    acquireLockStep(transform({ input }, ({ input }) => routineLock(input.id)))
    const { data: current } = useQueryGraphStep({
      entity: "routine",
      fields: [...ROUTINE_SHAPE_FIELDS, "discount_type", "discount_value", "discount_tiers.id", "starts_at", "ends_at", "subscriptions_enabled", "subscription_interval_weeks"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true, isList: false },
    })

    const checked = transform({ input, current }, ({ input, current }) => ({
      status: input.update.status,
      published: (input.update.status ?? current.status) === "published",
      discount_type: input.update.discount_type ?? current.discount_type,
      discount_value: input.update.discount_value ?? current.discount_value,
      tier_count: input.update.discount_tiers?.length ?? (current.discount_tiers ?? []).length,
      min_steps: input.update.min_steps === undefined ? current.min_steps : input.update.min_steps,
      sets_min_steps: input.update.min_steps !== undefined,
      steps: routineShapeOf(current as ShapedRoutine).steps,
      schedule: {
        starts_at: input.update.starts_at === undefined ? current.starts_at : input.update.starts_at,
        ends_at: input.update.ends_at === undefined ? current.ends_at : input.update.ends_at,
      },
      subscriptions: {
        enabled: input.update.subscriptions_enabled ?? !!current.subscriptions_enabled,
        interval_weeks: input.update.subscription_interval_weeks ?? ((current.subscription_interval_weeks as number[] | null) ?? []),
      },
    }))
    validateRoutineStep(checked)

    // Its offer as one value (one transaction), then the routine's own fields.
    const parts = transform({ input }, ({ input }) => {
      const own = Object.fromEntries(
        Object.entries(input.update).filter(([key]) => !(OFFER_FIELDS as readonly string[]).includes(key))
      )
      return {
        own: { id: input.id, update: own as UpdateRoutineStepInput["update"], changed_by: input.changed_by },
        offer: { routine_id: input.id, change: offerChangeOf(input.update), changed_by: input.changed_by },
      }
    })
    const offer = setRoutineOfferStep(parts.offer)
    const routine = updateRoutineStep(parts.own)
    emitEventStep({
      eventName: ROUTINE_BUNDLE_EVENTS.OFFER_ALERT,
      data: transform({ offer, input }, ({ offer, input }) => offerAlertEvents(offer, input.changed_by)),
    })

    const routineUpdated = createHook("routineUpdated", {
      routine,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: routineLock(input.id).key })))
    invalidateRoutinePagesStep()
    return new WorkflowResponse(routine, { hooks: [routineUpdated] })
  }
)
