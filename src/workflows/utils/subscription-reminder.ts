import type { RoutineSubscriptionRefill, SubscriptionPriceNotice } from "../../types"
import { noticeFigures, priceNoticeNotification, toldOf } from "./subscription-renewal"

type RemindedSubscription = {
  id: string
  customer_id: string
  email: string
  next_renewal_at: string | Date
  /** A JSON column: the SubscriptionPriceNotice for the coming renewal, if any. */
  price_notice: unknown
}

/**
 * A few days before a renewal: the check-in invitation (with the refill as
 * it would ship today, when it can be priced) and, when its price moved
 * beyond the threshold and the shopper was not told, the price notice, so
 * the renewal itself need not wait. Marks the invitation sent.
 */
export const reminderOutcome = (input: {
  subscription: RemindedSubscription
  refill: RoutineSubscriptionRefill | null
  now: string
  threshold: number
}) => {
  const { subscription, refill, now, threshold } = input
  const due_at = new Date(subscription.next_renewal_at).toISOString()
  const notice: SubscriptionPriceNotice | null =
    refill &&
    Math.abs(refill.change_percentage) > threshold &&
    !toldOf(subscription.price_notice as SubscriptionPriceNotice | null, refill.total, threshold)
      ? { previous_total: refill.previous_total, next_total: refill.total, change_percentage: refill.change_percentage, notified_at: now }
      : null
  const invitation = {
    to: subscription.email,
    channel: "email",
    template: "routine-subscription-checkin",
    trigger_type: "routine_subscription.renewal_upcoming",
    resource_id: subscription.id,
    resource_type: "routine_subscription",
    data: { subscription_id: subscription.id, due_at, refill_total: refill?.total ?? null, currency_code: refill?.currency_code ?? null },
  }
  return {
    writes: {
      subscription_id: subscription.id,
      renewal_id: null,
      subscription: { checkin_requested_at: now, ...(notice && { price_notice: notice }) },
      renewal: null,
    },
    notifications: notice ? [invitation, priceNoticeNotification(subscription, notice, due_at)] : [invitation],
    upcoming: [{ id: subscription.id, customer_id: subscription.customer_id, due_at }],
    notices: notice ? [{ id: subscription.id, customer_id: subscription.customer_id, due_at, ...noticeFigures(notice) }] : [],
  }
}
