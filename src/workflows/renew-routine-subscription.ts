import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { pluginOptions } from "../plugin-options"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { findOrCreateSubscriptionRenewalStep } from "./steps/find-or-create-subscription-renewal"
import { placeRenewalOrderStep } from "./steps/place-renewal-order"
import { quoteRenewalRefillStep } from "./steps/quote-renewal-refill"
import { recordSubscriptionRenewalStep } from "./steps/record-subscription-renewal"
import { subscriptionLock } from "./utils/subscription-lock"
import { decideRenewal, renewalIsDue, renewalOutcome, type RenewalPolicy } from "./utils/subscription-renewal"

export type RenewRoutineSubscriptionInput = {
  subscription_id: string
  /** The workflow's clock (ISO): the job passes its run's time, tests drive it. */
  now?: string
  /** "Renew now": orders at once, before the date, and for a subscription that needs action. */
  manual?: boolean
  /** "Renew now": the refill total the actor was shown (GET …/refill); another total today is a 409. */
  expected_total?: number
  /** "Renew now" asked by the subscriber: a total they confirmed (`expected_total`) counts as told of it. */
  by_subscriber?: boolean
  /**
   * "Renew now": the next renewal date the actor saw. Checked under the
   * lock: once the subscription has renewed since (a second click), a 409.
   */
  expected_next_renewal_at?: string
  additional_data?: Record<string, unknown>
}

export const renewRoutineSubscriptionWorkflowId = "renew-routine-subscription"

const policy = (): RenewalPolicy => {
  const options = pluginOptions()
  return {
    price_notice_percentage: options.subscription_price_notice_percentage,
    notice_days: options.subscription_notice_days,
    retry_hours: options.subscription_retry_hours,
  }
}

/**
 * Renews a subscription for its coming date, once. Under the
 * subscription's lock (Medusa's locking module: Redis with several
 * servers), it finds or creates the renewal row of (subscription, date),
 * which a unique index makes once-only: a run for a date already placed,
 * skipped or given up changes nothing and returns the row; a scheduled run
 * before the date returns null. A subscription
 * that is not active (or, for "renew now", not needing action) is a 409.
 *
 * "Renew now" (manual) may carry what the actor saw: a `next_renewal_at`
 * the subscription has moved on from (renewed since) and an
 * `expected_total` that is not today's are 409s that write nothing.
 *
 * The refill is priced today (quoteSubscriptionRefill); a change beyond
 * `subscription_price_notice_percentage` the shopper was not told of (nor
 * confirmed, asking "renew now" with the total) is not
 * charged: the shopper is notified (`price_notice` on the subscription, a
 * notification and `routine_subscription.price_notice`) and the renewal
 * waits `subscription_notice_days`. Otherwise the order is placed through
 * the store's own workflows (placeRenewalOrderStep). Success moves the date
 * an interval on (`routine_subscription.renewed`); a failure is recorded
 * with its reason and retried after `subscription_retry_hours`, and after the
 * last one the renewal fails and the subscription needs action
 * (`routine_subscription.renewal_failed` each time). The
 * `routineSubscriptionRenewed` hook receives the renewal.
 */
export const renewRoutineSubscriptionWorkflow = createWorkflow(
  renewRoutineSubscriptionWorkflowId,
  (input: RenewRoutineSubscriptionInput) => {
    const run = transform({ input }, ({ input }) => ({
      now: new Date(input.now ?? Date.now()).toISOString(),
      manual: !!input.manual,
      request: { expected_total: input.expected_total ?? null, by_subscriber: !!input.by_subscriber },
      policy: policy(),
    }))
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.subscription_id)))
    const state = findOrCreateSubscriptionRenewalStep({
      subscription_id: input.subscription_id,
      now: run.now,
      manual: run.manual,
      expected_next_renewal_at: transform({ input }, ({ input }) => input.expected_next_renewal_at ?? null),
    })
    const quoted = when("renewal-is-due", { state, run }, ({ state, run }) => renewalIsDue(state, run.manual, run.now)).then(() =>
      quoteRenewalRefillStep({ subscription: state.subscription, now: run.now })
    )
    const priced = transform({ quoted }, ({ quoted }) => quoted ?? { refill: null, choice: null, failure: null })
    const decision = transform({ state, priced, run }, ({ state, priced, run }) => decideRenewal({ state, ...priced, ...run }))
    const placed = when("renewal-places-order", { decision }, ({ decision }) => decision.kind === "order").then(() =>
      placeRenewalOrderStep({
        subscription: state.subscription,
        renewal_id: transform({ state }, ({ state }) => state.renewal!.id),
        choice: transform({ priced }, ({ priced }) => priced.choice!),
      })
    )
    const outcome = transform({ state, decision, placed, run }, ({ state, decision, placed, run }) =>
      renewalOutcome({ state, decision, placed: placed ?? null, ...run })
    )
    const recorded = when("renewal-writes", { outcome }, ({ outcome }) => !!outcome.writes).then(() =>
      recordSubscriptionRenewalStep(transform({ outcome }, ({ outcome }) => outcome.writes!))
    )
    when("renewal-notifies", { outcome }, ({ outcome }) => outcome.notifications.length > 0).then(() => {
      sendNotificationsStep(transform({ outcome }, ({ outcome }) => outcome.notifications))
    })
    emitEventStep({ eventName: ROUTINE_SUBSCRIPTION_EVENTS.RENEWED, data: outcome.renewed }).config({ name: "emit-renewed" })
    emitEventStep({ eventName: ROUTINE_SUBSCRIPTION_EVENTS.RENEWAL_FAILED, data: outcome.failed }).config({ name: "emit-renewal-failed" })
    emitEventStep({ eventName: ROUTINE_SUBSCRIPTION_EVENTS.PRICE_NOTICE, data: outcome.notices }).config({ name: "emit-price-notice" })

    const renewal = transform({ state, recorded }, ({ state, recorded }) => recorded?.renewal ?? state.renewal)
    const routineSubscriptionRenewed = createHook("routineSubscriptionRenewed", {
      subscription_id: input.subscription_id,
      renewal,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.subscription_id).key })))
    return new WorkflowResponse(renewal, { hooks: [routineSubscriptionRenewed] })
  }
)
