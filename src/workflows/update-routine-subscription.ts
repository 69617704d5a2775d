import { MedusaError } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { nextRenewalOnIntervalChange, swapSelections, type CandidateStep } from "../lib/subscription-actions"
import type { SubscriptionChoice, SubscriptionStatus } from "../types/subscription"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { refuseRoutineSubscriptionActionStep, type SubscriptionRefusal } from "./steps/refuse-routine-subscription-action"
import { updateRoutineSubscriptionStep, type RoutineSubscriptionUpdate } from "./steps/update-routine-subscription"
import { offeredIntervals } from "./utils/bundle-terms"
import { compact } from "./utils/compact"
import {
  nowOf,
  stateRefusal,
  subscriptionFilters,
  SUBSCRIPTION_STATE_FIELDS,
  type RoutineSubscriptionActionInput,
} from "./utils/routine-subscription-action"
import { subscriptionLock } from "./utils/subscription-lock"

export type UpdateRoutineSubscriptionWorkflowInput = RoutineSubscriptionActionInput & {
  /** One of the intervals the routine offers. */
  interval_weeks?: number
  /** Step id or handle → variant id, one of the step's candidates. */
  selections?: Record<string, string>
  quantity?: number
  /** The merchant's: the next renewal's date (wins over the interval's move). */
  next_renewal_at?: string
}

type Loaded = {
  status: SubscriptionStatus
  interval_weeks: number
  next_renewal_at: string | Date
  choice: SubscriptionChoice
  routine?: {
    subscriptions_enabled?: boolean
    subscription_interval_weeks?: number[] | null
    steps?: ({ id: string; handle: string; products?: ({ variants?: ({ id: string } | null)[] | null } | null)[] | null } | null)[] | null
  } | null
}

const invalid = (message: string): SubscriptionRefusal => ({ type: MedusaError.Types.INVALID_DATA, message })

const candidatesOf = (subscription: Loaded): CandidateStep[] =>
  compact(subscription.routine?.steps ?? []).map((step) => ({
    id: step.id,
    handle: step.handle,
    variant_ids: compact(step.products ?? []).flatMap((p) => compact(p.variants ?? []).map((v) => v.id)),
  }))

/**
 * The change asked for, checked against the subscription and its routine:
 * the refusal (409 for the state, 400 naming the field) or the fields to write.
 */
export const planSubscriptionUpdate = (
  input: UpdateRoutineSubscriptionWorkflowInput,
  subscription: Loaded,
  now: string
): { refusal: SubscriptionRefusal; update: Omit<RoutineSubscriptionUpdate, "id"> } => {
  const refused = (refusal: SubscriptionRefusal) => ({ refusal, update: {} })
  const state = stateRefusal("update", subscription.status)
  if (state) return refused(state)
  const update: Omit<RoutineSubscriptionUpdate, "id"> = {}
  if (input.interval_weeks !== undefined && input.interval_weeks !== subscription.interval_weeks) {
    // The routine's own rule of what it offers: none while its subscriptions are off.
    const offered = subscription.routine
      ? offeredIntervals({
          subscriptions_enabled: !!subscription.routine.subscriptions_enabled,
          subscription_interval_weeks: subscription.routine.subscription_interval_weeks ?? null,
        })
      : []
    if (!offered.includes(input.interval_weeks)) {
      return refused(
        invalid(
          offered.length
            ? `interval_weeks must be one the routine offers: ${offered.join(", ")}`
            : "interval_weeks: the routine offers no subscription intervals now; the subscription keeps its own"
        )
      )
    }
    update.interval_weeks = input.interval_weeks
    update.next_renewal_at = nextRenewalOnIntervalChange(subscription.next_renewal_at, subscription.interval_weeks, input.interval_weeks, now)
  }
  let choice = subscription.choice
  if (input.selections) {
    const swapped = swapSelections(choice, input.selections, candidatesOf(subscription))
    if ("error" in swapped) return refused(invalid(swapped.error))
    choice = swapped.choice
  }
  if (input.quantity !== undefined) choice = { ...choice, quantity: input.quantity }
  if (choice !== subscription.choice) update.choice = choice
  if (input.next_renewal_at !== undefined) update.next_renewal_at = new Date(input.next_renewal_at).toISOString()
  return { refusal: null, update }
}

export const updateRoutineSubscriptionWorkflowId = "update-routine-subscription"

/**
 * Changes what a subscription renews and when: its interval (one the
 * routine offers; the coming renewal moves by the difference, never into
 * the past), a step's product (one of the step's candidates), the quantity,
 * and for the merchant the next renewal's date. The refill is re-quoted at
 * renewal as always, so a swap is priced that day. A cancelled subscription
 * is a 409; a refused field a 400 naming it, and nothing changes.
 */
export const updateRoutineSubscriptionWorkflow = createWorkflow(
  updateRoutineSubscriptionWorkflowId,
  (input: UpdateRoutineSubscriptionWorkflowInput) => {
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.id)))
    const { data: subscription } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: [
        ...SUBSCRIPTION_STATE_FIELDS,
        "choice",
        "routine.subscriptions_enabled",
        "routine.subscription_interval_weeks",
        "routine.steps.id",
        "routine.steps.handle",
        "routine.steps.products.variants.id",
      ],
      filters: transform({ input }, ({ input }) => subscriptionFilters(input)),
      options: { throwIfKeyNotFound: true, isList: false },
    })
    const plan = transform({ input, subscription }, ({ input, subscription }) =>
      planSubscriptionUpdate(input, subscription as unknown as Loaded, nowOf(input))
    )
    refuseRoutineSubscriptionActionStep(transform({ plan }, ({ plan }) => plan.refusal))
    const updated = updateRoutineSubscriptionStep(transform({ input, plan }, ({ input, plan }) => ({ id: input.id, ...plan.update })))
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.UPDATED,
      data: transform({ input, plan }, ({ input, plan }) => ({ id: input.id, changed: Object.keys(plan.update) })),
    })
    const routineSubscriptionUpdated = createHook("routineSubscriptionUpdated", {
      subscription: updated,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.id).key })))
    return new WorkflowResponse(updated, { hooks: [routineSubscriptionUpdated] })
  }
)
