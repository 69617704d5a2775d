import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { SubscriptionChoice } from "../types"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { priceCheckinRefillStep } from "./steps/price-checkin-refill"
import { recordSubscriptionCheckinStep } from "./steps/record-subscription-checkin"
import { subscriptionLock } from "./utils/subscription-lock"

export type AnswerRoutineSubscriptionCheckinInput = {
  subscription_id: string
  /** The signed-in shopper: only their own subscription is found. */
  customer_id: string
  /** The warning signs ticked now: symptom ids or handles. */
  symptoms: string[]
  /** The workflow's clock (ISO); tests pass it. */
  now?: string
  additional_data?: Record<string, unknown>
}

export const answerRoutineSubscriptionCheckinWorkflowId = "answer-routine-subscription-checkin"

/**
 * The skin check-in before a renewal: the refill is re-built for the
 * symptoms the shopper ticks now (adaptChoiceToCheckin: a step kept for
 * symptoms that are gone may be left out, down to the routine's fewest
 * steps; a new symptom brings its product), the answer is recorded and the
 * new choice saved, under the subscription's lock. Returns the check-in and
 * the new refill with its price: the shopper sees it before it ships, so a
 * change beyond the store's threshold counts as told (`price_notice`).
 * Emits `routine_subscription.checkin_answered`; the
 * `routineSubscriptionCheckinAnswered` hook receives both. Before saving,
 * previewRoutineSubscriptionCheckinWorkflow prices the same answer with the
 * same step and writes nothing.
 */
export const answerRoutineSubscriptionCheckinWorkflow = createWorkflow(
  answerRoutineSubscriptionCheckinWorkflowId,
  (input: AnswerRoutineSubscriptionCheckinInput) => {
    const now = transform({ input }, ({ input }) => new Date(input.now ?? Date.now()).toISOString())
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.subscription_id)))
    const priced = priceCheckinRefillStep({
      subscription_id: input.subscription_id,
      customer_id: input.customer_id,
      symptoms: input.symptoms,
      now,
    })
    const checkin = recordSubscriptionCheckinStep(
      transform({ priced, now }, ({ priced, now }) => {
        const { subscription, refill, choice } = priced
        const beyond = Math.abs(refill.change_percentage) > refill.notice_threshold_percentage
        return {
          subscription_id: subscription.id,
          // Step results come through the workflow as JSON: dates are strings here.
          due_at: new Date(subscription.next_renewal_at).toISOString(),
          answered_at: now,
          choice,
          symptom_ids_before: (subscription.choice as SubscriptionChoice).symptoms ?? [],
          price_notice: beyond
            ? { previous_total: refill.previous_total, next_total: refill.total, change_percentage: refill.change_percentage, notified_at: now }
            : null,
        }
      })
    )
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.CHECKIN_ANSWERED,
      data: transform({ checkin }, ({ checkin }) => ({
        id: checkin.subscription_id,
        checkin_id: checkin.id,
        symptom_ids_before: checkin.symptom_ids_before,
        symptom_ids_after: checkin.symptom_ids_after,
      })),
    })
    const result = transform({ checkin, priced }, ({ checkin, priced }) => ({ checkin, refill: priced.refill }))
    const routineSubscriptionCheckinAnswered = createHook("routineSubscriptionCheckinAnswered", {
      ...result,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.subscription_id).key })))
    return new WorkflowResponse(result, { hooks: [routineSubscriptionCheckinAnswered] })
  }
)
