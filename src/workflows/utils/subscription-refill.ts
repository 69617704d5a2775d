import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { pluginOptions } from "../../plugin-options"
import type { RoutineSubscription, RoutineSubscriptionRefill, SubscriptionChoice } from "../../types"
import { resolveBundleContext } from "./bundle-context"
import { offeredIntervals } from "./bundle-terms"
import { subscriptionNotOfferedError } from "./errors"
import { loadRoutineBundleData } from "./routine-bundle-data"
import { quoteFromData } from "./routine-bundle-quote"
import { publicQuote } from "./routine-quote"
import { adaptChoiceToCheckin, choiceForRoutine } from "./subscription-choice"

/** What a refill is priced from: the subscription's shopper, place and choice (a module row or its JSON). */
export type RefillSubscription = Pick<
  RoutineSubscription,
  "routine_id" | "customer_id" | "region_id" | "sales_channel_id" | "interval_weeks"
> & {
  /** The saved SubscriptionChoice (a JSON column). */
  choice: unknown
  next_renewal_at: string | Date
  last_total: number | string | { toString(): string }
}

/** Signed change from `previous` to `next` in percent, two decimals; from nothing, any price is +100 %. */
export const changePercentage = (previous: number, next: number) => {
  if (previous === 0) return next === 0 ? 0 : 100
  return Number(MathBN.convert(MathBN.div(MathBN.mult(MathBN.sub(next, previous), 100), previous), 2))
}

/** A refill and the choice it was built from (after a check-in: the adapted one, to save). */
export type PricedRefill = { refill: RoutineSubscriptionRefill; choice: SubscriptionChoice }

/**
 * The subscription's next refill as the store would sell it today (`now`):
 * the same quote a shopper gets (src/workflows/utils/routine-quote.ts),
 * priced for the subscription's customer (their groups and price lists),
 * region and channel, with the subscription's discount for its interval.
 * The choice is the shopper's as today's routine can take it
 * (choiceForRoutine): a pick the step no longer offers, or that cannot be
 * sold, falls back to the store's pick. With `checkin_symptoms` (ids or
 * handles; unknown ones are a 400) the choice is first adapted to them
 * (adaptChoiceToCheckin), from the same read of the routine. A routine no
 * longer offered to the shopper is a NOT_FOUND error, as for the shopper's
 * own quote; one that no longer offers the subscription's interval is a
 * conflict (subscriptionNotOfferedError) the shopper settles by changing it.
 */
export const priceSubscriptionRefill = async (
  container: MedusaContainer,
  subscription: RefillSubscription,
  now: Date,
  checkin_symptoms?: string[]
): Promise<PricedRefill> => {
  const saved = subscription.choice as SubscriptionChoice
  const context = await resolveBundleContext(container, {
    region_id: subscription.region_id,
    customer_id: subscription.customer_id,
    sales_channel_id: subscription.sales_channel_id ?? undefined,
  })
  const data = await loadRoutineBundleData(container, {
    routine_id: subscription.routine_id,
    symptoms: checkin_symptoms ?? saved.symptoms,
    // The merchant may have deleted a saved symptom since: the refill goes on without it.
    unknown_symptoms: checkin_symptoms ? "refuse" : "drop",
    quantity: saved.quantity,
    context,
  })
  const offered = offeredIntervals(data.routine)
  if (!offered.includes(subscription.interval_weeks)) throw subscriptionNotOfferedError(offered, subscription.interval_weeks)
  const choice = checkin_symptoms
    ? adaptChoiceToCheckin(saved, data.routine, data.symptoms.map((s) => s.id))
    : choiceForRoutine(saved, data.routine)
  const { symptoms: _symptoms, ...picks } = choice
  const quote = publicQuote(
    quoteFromData(data, context, { ...picks, subscription_interval_weeks: subscription.interval_weeks })
  )
  const previous = Number(subscription.last_total.toString())
  const due = new Date(subscription.next_renewal_at)
  const refill: RoutineSubscriptionRefill = {
    // A renewal already overdue (waiting for its retry) is due when it runs.
    due_at: (due < now ? now : due).toISOString(),
    currency_code: quote.currency_code,
    total: quote.total,
    previous_total: previous,
    change_percentage: changePercentage(previous, quote.total),
    notice_threshold_percentage: pluginOptions().subscription_price_notice_percentage,
    quote,
  }
  return { refill, choice }
}

/** The subscription's next refill priced today (see priceSubscriptionRefill). */
export const quoteSubscriptionRefill = async (
  container: MedusaContainer,
  subscription: RefillSubscription,
  now: Date
): Promise<RoutineSubscriptionRefill> => (await priceSubscriptionRefill(container, subscription, now)).refill
