import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, sendNotificationsStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { pluginOptions } from "../plugin-options"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { quoteRenewalRefillStep } from "./steps/quote-renewal-refill"
import { recordSubscriptionRenewalStep } from "./steps/record-subscription-renewal"
import { subscriptionLock } from "./utils/subscription-lock"
import { reminderOutcome } from "./utils/subscription-reminder"

export type RemindRoutineSubscriptionInput = {
  subscription_id: string
  /** The workflow's clock (ISO): the job passes its run's time, tests drive it. */
  now?: string
  additional_data?: Record<string, unknown>
}

export const remindRoutineSubscriptionWorkflowId = "remind-routine-subscription"

/**
 * Invites the shopper to the skin check-in before a renewal, through the
 * Notification module (template `routine-subscription-checkin`, with the
 * refill's total today), and sends the price notice with it when the
 * refill's price moved beyond `subscription_price_notice_percentage`
 * (template `routine-subscription-price-notice`). Sets
 * `checkin_requested_at` (and `price_notice`) under the subscription's lock;
 * emits `routine_subscription.renewal_upcoming` (and
 * `routine_subscription.price_notice`). The `routineSubscriptionReminded`
 * hook receives the subscription.
 */
export const remindRoutineSubscriptionWorkflow = createWorkflow(
  remindRoutineSubscriptionWorkflowId,
  (input: RemindRoutineSubscriptionInput) => {
    const now = transform({ input }, ({ input }) => new Date(input.now ?? Date.now()).toISOString())
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.subscription_id)))
    const { data } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: ["*"],
      filters: { id: input.subscription_id },
      options: { throwIfKeyNotFound: true },
    })
    const subscription = transform({ data }, ({ data }) => data[0])
    const priced = quoteRenewalRefillStep({ subscription, now })
    const outcome = transform({ subscription, priced, now }, ({ subscription, priced, now }) =>
      reminderOutcome({ subscription, refill: priced.refill, now, threshold: pluginOptions().subscription_price_notice_percentage })
    )
    const recorded = recordSubscriptionRenewalStep(outcome.writes)
    sendNotificationsStep(outcome.notifications)
    emitEventStep({ eventName: ROUTINE_SUBSCRIPTION_EVENTS.RENEWAL_UPCOMING, data: outcome.upcoming }).config({ name: "emit-renewal-upcoming" })
    emitEventStep({ eventName: ROUTINE_SUBSCRIPTION_EVENTS.PRICE_NOTICE, data: outcome.notices }).config({ name: "emit-reminder-price-notice" })
    const routineSubscriptionReminded = createHook("routineSubscriptionReminded", {
      subscription: recorded.subscription,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.subscription_id).key })))
    return new WorkflowResponse(recorded.subscription, { hooks: [routineSubscriptionReminded] })
  }
)
