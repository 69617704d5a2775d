import { MedusaError } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { skipPlan } from "../lib/subscription-actions"
import type { SubscriptionRenewalStatus } from "../types/subscription"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { refuseRoutineSubscriptionActionStep } from "./steps/refuse-routine-subscription-action"
import { skipRoutineSubscriptionRenewalStep } from "./steps/skip-routine-subscription-renewal"
import { updateRoutineSubscriptionStep } from "./steps/update-routine-subscription"
import { compact } from "./utils/compact"
import {
  stateRefusal,
  subscriptionFilters,
  SUBSCRIPTION_STATE_FIELDS,
  type RoutineSubscriptionActionInput,
} from "./utils/routine-subscription-action"
import { subscriptionLock } from "./utils/subscription-lock"

export type SkipRoutineSubscriptionWorkflowInput = RoutineSubscriptionActionInput

type Renewal = { id: string; due_at: string | Date; status: string; retry_at: string | Date | null }

/** The renewal already recorded for the coming date (waiting for a retry, or given up), if any. */
const renewalOfDate = (renewals: (Renewal | null)[] | null | undefined, due: string | Date) => {
  const found = compact(renewals ?? []).find((r) => new Date(r.due_at).getTime() === new Date(due).getTime())
  return found ? { id: found.id, status: found.status as SubscriptionRenewalStatus, retry_at: found.retry_at ? new Date(found.retry_at).toISOString() : null } : null
}

export const skipRoutineSubscriptionWorkflowId = "skip-routine-subscription"

/**
 * Skips the coming refill: its date is recorded as a `skipped` renewal (so
 * the job never orders it) and the next renewal is one interval later. The
 * price notice and check-in of the skipped date go with it. One that needed
 * action is active again, at the next date. A paused or cancelled
 * subscription is a 409; so is a date whose renewal already placed its order.
 */
export const skipRoutineSubscriptionWorkflow = createWorkflow(
  skipRoutineSubscriptionWorkflowId,
  (input: SkipRoutineSubscriptionWorkflowInput) => {
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.id)))
    const { data: subscription } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: [...SUBSCRIPTION_STATE_FIELDS, "renewals.id", "renewals.due_at", "renewals.status", "renewals.retry_at"],
      filters: transform({ input }, ({ input }) => subscriptionFilters(input)),
      options: { throwIfKeyNotFound: true, isList: false },
    })
    const decision = transform({ subscription }, ({ subscription }) => {
      const existing = renewalOfDate(subscription.renewals as (Renewal | null)[], subscription.next_renewal_at)
      return {
        refusal:
          stateRefusal("skip", subscription.status) ??
          (existing?.status === "succeeded"
            ? { type: MedusaError.Types.CONFLICT, message: "This refill was already ordered: there is nothing to skip until the next one" }
            : null),
        existing,
        plan: skipPlan(subscription.next_renewal_at, subscription.interval_weeks),
      }
    })
    refuseRoutineSubscriptionActionStep(transform({ decision }, ({ decision }) => decision.refusal))
    const renewal = skipRoutineSubscriptionRenewalStep(
      transform({ input, decision }, ({ input, decision }) => ({
        subscription_id: input.id,
        due_at: decision.plan.skipped_due_at,
        existing: decision.existing,
      }))
    )
    const skipped = updateRoutineSubscriptionStep(
      transform({ input, decision }, ({ input, decision }) => ({
        id: input.id,
        status: "active" as const,
        next_renewal_at: decision.plan.next_renewal_at,
        price_notice: null,
        checkin_requested_at: null,
        last_failure_reason: null,
        last_failure_message: null,
      }))
    )
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.SKIPPED,
      data: transform({ input, decision }, ({ input, decision }) => ({
        id: input.id,
        skipped_due_at: decision.plan.skipped_due_at,
        next_renewal_at: decision.plan.next_renewal_at,
      })),
    })
    const routineSubscriptionSkipped = createHook("routineSubscriptionSkipped", {
      subscription: skipped,
      renewal,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.id).key })))
    return new WorkflowResponse(skipped, { hooks: [routineSubscriptionSkipped] })
  }
)
