import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { addWeeks, subscriptionActionRefusal } from "../../lib/subscription-actions"
import type {
  RoutineSubscriptionRefill,
  SubscriptionFailureReason,
  SubscriptionPriceNotice,
  SubscriptionRenewalStatus,
  SubscriptionStatus,
} from "../../types"
import { SUBSCRIPTION_NOT_OFFERED } from "./errors"
import { changePercentage } from "./subscription-refill"

export type RenewalFailure = { reason: SubscriptionFailureReason; message: string }

/** The subscription and its renewal row as the decision reads them. */
export type RenewalState = {
  subscription: {
    id: string
    status: SubscriptionStatus
    interval_weeks: number
    next_renewal_at: string | Date
    /** A JSON column: the SubscriptionPriceNotice for the coming renewal, if any. */
    price_notice: unknown
  }
  /** Null: the subscription's date is ahead and the run is not "renew now", so no row was made. */
  renewal: { id: string; due_at: string | Date; status: SubscriptionRenewalStatus; attempts: number; retry_at: string | Date | null } | null
}

export type RenewalPolicy = {
  price_notice_percentage: number
  notice_days: number
  retry_hours: number[]
}

/**
 * What a renewal run does:
 * - `none`: this date's renewal is already decided (placed, skipped or,
 *   unless run by hand, given up), or it is not time yet (its date or its
 *   retry is ahead);
 * - `fail`: the refill could not be priced (the routine is no longer offered,
 *   a step has nothing to sell);
 * - `notice`: the price moved beyond the store's threshold and the shopper
 *   was not told for this price: tell them and wait the notice period;
 * - `order`: place the order.
 * A manual run ("renew now") orders at once, before the date. It is held
 * back by a notice as the job is, unless the subscriber confirmed the total
 * they were shown (`expected_total`): asking is not being told the price.
 */
export type RenewalDecision =
  | { kind: "none" }
  | { kind: "fail"; failure: RenewalFailure }
  | { kind: "notice"; notice: SubscriptionPriceNotice; retry_at: string }
  | { kind: "order" }

const hours = (iso: string | Date, h: number) => new Date(new Date(iso).getTime() + h * 3600 * 1000).toISOString()

/**
 * "Renew now" follows the renew action's rule (subscriptionActionRefusal);
 * the job renews only an active subscription: one that needs action waits
 * for its shopper or merchant.
 */
export const assertRenewable = (status: SubscriptionStatus, manual: boolean) => {
  const refusal =
    !manual && status === "needs_action"
      ? "This subscription needs action: only renew now renews it"
      : subscriptionActionRefusal("renew", status)
  if (refusal) throw new MedusaError(MedusaError.Types.CONFLICT, refusal)
}

/** Whether the shopper was told of this refill's price: a notice for a total within the threshold of it. */
export const toldOf = (notice: SubscriptionPriceNotice | null, total: number, threshold: number) =>
  !!notice && Math.abs(changePercentage(notice.next_total, total)) <= threshold

/**
 * Whether this run has a renewal to try: placed or skipped is final, a date
 * given up on is tried again only when asked ("renew now"), and a scheduled
 * run waits for the date, or for the retry or notice period.
 */
export const renewalIsDue = (state: RenewalState, manual: boolean, now: string) => {
  const { renewal } = state
  if (!renewal) return false
  const open = renewal.status === "pending" || (manual && renewal.status === "failed")
  return open && (manual || new Date(renewal.retry_at ?? renewal.due_at) <= new Date(now))
}

/** What "renew now" was asked with: the total the actor was shown, and whether the subscriber asked. */
export type RenewalRequest = { expected_total: number | null; by_subscriber: boolean }

/**
 * "Renew now" asked for a total that is not today's: a 409 naming the new
 * one, before anything is ordered (the actor looks again and confirms it).
 */
export const assertExpectedTotal = (refill: RoutineSubscriptionRefill, expectedTotal: number | null) => {
  if (expectedTotal === null || MathBN.eq(refill.total, expectedTotal)) return
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    `The refill now costs ${refill.total} ${refill.currency_code.toUpperCase()}, not ${expectedTotal}: nothing was ordered. Look at the refill again and renew with expected_total ${refill.total}`
  )
}

/**
 * "Renew now" from a page showing an earlier `next_renewal_at`: the
 * subscription renewed since (a second click, a queued request), so this
 * request's renewal was already ordered: a 409, nothing written.
 */
export const assertNotRenewedSince = (nextRenewalAt: Date, expected: string | null) => {
  if (expected === null || nextRenewalAt.getTime() === new Date(expected).getTime()) return
  throw new MedusaError(
    MedusaError.Types.CONFLICT,
    `This subscription was renewed since (its next renewal is now ${nextRenewalAt.toISOString()}): nothing was ordered`
  )
}

export const decideRenewal = (input: {
  state: RenewalState
  refill: RoutineSubscriptionRefill | null
  failure: RenewalFailure | null
  manual: boolean
  request: RenewalRequest
  now: string
  policy: RenewalPolicy
}): RenewalDecision => {
  const { state, refill, failure, manual, request, now, policy } = input
  const { subscription } = state
  assertRenewable(subscription.status, manual)
  if (!renewalIsDue(state, manual, now)) return { kind: "none" }
  if (failure || !refill) return { kind: "fail", failure: failure! }
  if (manual) assertExpectedTotal(refill, request.expected_total)
  const confirmedBySubscriber = manual && request.by_subscriber && request.expected_total !== null
  if (
    !confirmedBySubscriber &&
    Math.abs(refill.change_percentage) > policy.price_notice_percentage &&
    !toldOf(subscription.price_notice as SubscriptionPriceNotice | null, refill.total, policy.price_notice_percentage)
  ) {
    return {
      kind: "notice",
      notice: {
        previous_total: refill.previous_total,
        next_total: refill.total,
        change_percentage: refill.change_percentage,
        notified_at: now,
      },
      retry_at: hours(now, policy.notice_days * 24),
    }
  }
  return { kind: "order" }
}

/** After a failed attempt: the next retry by the schedule, or the end (the subscription needs action). */
export const failedAttempt = (attempts: number, now: string, retryHours: number[]) => {
  const done = attempts + 1
  const wait = retryHours[done - 1]
  return wait === undefined
    ? { attempts: done, retry_at: null, status: "failed" as const, needs_action: true }
    : { attempts: done, retry_at: hours(now, wait), status: "pending" as const, needs_action: false }
}

/**
 * The renewal date after an order: an interval after the date it renewed
 * (the shopper's cadence holds through retries), or after today for a
 * "renew now" ahead of the date; never in the past.
 */
export const nextRenewalAfterOrder = (dueAt: string | Date, now: string, intervalWeeks: number, manual: boolean) => {
  const next = addWeeks(manual && new Date(now) < new Date(dueAt) ? now : dueAt, intervalWeeks)
  return new Date(next) > new Date(now) ? next : addWeeks(now, intervalWeeks)
}

/**
 * Which failure a thrown error at a stage of the renewal is. A workflow run
 * inside a step throws its error as a plain object (`{ message, type }`),
 * not an Error, so both are read by their fields. Creating the cart fails
 * only when what the subscription names (its customer, region or channel)
 * is gone: an error with its message, not a reason of the routine's.
 */
export const classifyRenewalError = (
  stage: "cart" | "quote" | "bundle" | "shipping" | "payment" | "complete",
  error: unknown
): RenewalFailure => {
  const fields = (typeof error === "object" && error ? error : {}) as { message?: unknown; type?: unknown; code?: unknown }
  const message = typeof fields.message === "string" ? fields.message : String(error)
  const type = fields.type
  const notOffered = fields.code === SUBSCRIPTION_NOT_OFFERED
  if (stage === "quote" && (type === MedusaError.Types.NOT_FOUND || notOffered)) return { reason: "routine_unavailable", message }
  if (stage === "bundle" && type === MedusaError.Types.NOT_FOUND) return { reason: "routine_unavailable", message }
  if (stage === "bundle" && type === MedusaError.Types.CONFLICT) return { reason: "unsellable_step", message }
  if (stage === "shipping") return { reason: "shipping_unavailable", message }
  if (stage === "payment" || (stage === "complete" && /payment/i.test(message))) return { reason: "payment_failed", message }
  return { reason: "error", message }
}

/** What a run writes, emits and sends, from its decision and (when it ordered) the order placed. */
export const renewalOutcome = (input: {
  state: RenewalState & { subscription: { customer_id: string; email: string } }
  decision: RenewalDecision
  placed: { cart_id: string | null; order_id: string | null; total: number | null; failure: RenewalFailure | null } | null
  manual: boolean
  now: string
  policy: RenewalPolicy
}) => {
  const { state, decision, placed, manual, now, policy } = input
  const { subscription } = state
  const none = { writes: null, renewed: [], failed: [], notices: [], notifications: [] }
  if (decision.kind === "none" || !state.renewal) return none
  const renewal = state.renewal
  const base = { subscription_id: subscription.id, renewal_id: renewal.id }
  if (decision.kind === "notice") {
    const { notice, retry_at } = decision
    return {
      ...none,
      writes: { ...base, subscription: { price_notice: notice }, renewal: { retry_at } },
      notices: [{ id: subscription.id, customer_id: subscription.customer_id, due_at: retry_at, ...noticeFigures(notice) }],
      notifications: [priceNoticeNotification(subscription, notice, retry_at)],
    }
  }
  const failure = decision.kind === "fail" ? decision.failure : placed?.failure ?? null
  if (failure || !placed?.order_id) {
    const failed = failedAttempt(renewal.attempts, now, policy.retry_hours)
    const why = failure ?? { reason: "error" as const, message: "The renewal placed no order" }
    return {
      ...none,
      writes: {
        ...base,
        renewal: {
          status: failed.status, attempts: failed.attempts, retry_at: failed.retry_at, cart_id: placed?.cart_id ?? null,
          failure_reason: why.reason, failure_message: why.message,
        },
        subscription: {
          last_failure_reason: why.reason, last_failure_message: why.message,
          ...(failed.needs_action && { status: "needs_action" }),
        },
      },
      failed: [{ id: subscription.id, renewal_id: renewal.id, ...why, attempts: failed.attempts, retry_at: failed.retry_at, needs_action: failed.needs_action }],
    }
  }
  const next = nextRenewalAfterOrder(renewal.due_at, now, subscription.interval_weeks, manual)
  return {
    ...none,
    writes: {
      ...base,
      renewal: {
        status: "succeeded", attempts: renewal.attempts + 1, retry_at: null, cart_id: placed.cart_id, order_id: placed.order_id,
        total: placed.total, failure_reason: null, failure_message: null,
      },
      // The next date starts afresh: no notice, no invitation, no failure yet.
      subscription: {
        status: "active", next_renewal_at: next, last_total: placed.total, price_notice: null, checkin_requested_at: null,
        last_failure_reason: null, last_failure_message: null,
      },
    },
    renewed: [{ id: subscription.id, renewal_id: renewal.id, order_id: placed.order_id, total: placed.total, next_renewal_at: next }],
  }
}

export const noticeFigures = (notice: SubscriptionPriceNotice) => ({
  previous_total: notice.previous_total,
  next_total: notice.next_total,
  change_percentage: notice.change_percentage,
})

/** The Notification module's message telling the shopper of a new price before it is charged. */
export const priceNoticeNotification = (
  subscription: { id: string; email: string },
  notice: SubscriptionPriceNotice,
  dueAt: string
) => ({
  to: subscription.email,
  channel: "email",
  template: "routine-subscription-price-notice",
  trigger_type: "routine_subscription.price_notice",
  resource_id: subscription.id,
  resource_type: "routine_subscription",
  data: { subscription_id: subscription.id, due_at: dueAt, ...noticeFigures(notice) },
})
