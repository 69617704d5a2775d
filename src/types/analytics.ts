import type { UnsellableCause } from "./quote"
import type { BundleEndReason } from "./routine"

/**
 * One stage of the funnel counts one thing, bundles: a finder visit quotes
 * one bundle (however often the shopper ticks), a cart adds bundles, an order
 * buys them. Quantities (units of a bundle) stand beside, never in the rates.
 */
export type RoutineAnalyticsFigures = {
  /** Finder visits that got a quote: a shopper's quotes of one routine, no more than 30 minutes apart, count once. */
  quotes: number
  /** Every quote asked for (each tick of the finder re-quotes). */
  quote_requests: number
  bundles_added: number
  /** The units of those bundles (a bundle can be bought twice over). */
  bundles_added_quantity: number
  bundles_ended: number
  bundles_ordered: number
  bundles_ordered_quantity: number
  /** What bundles sold for, in the figures' currency (the bundles' own prices: no shipping, no other lines). */
  revenue: number
  /** What the routine discounts gave away on those bundles. */
  discount_given: number
  /** Bundles added per finder visit, bundles ordered per bundle added (0–1, or above 1 when a visit adds twice). */
  add_rate: number
  order_rate: number
}

/** One day of the routine analytics (every day of the period, quiet ones as zeros). */
export type RoutineAnalyticsDay = Omit<RoutineAnalyticsFigures, "bundles_ended" | "add_rate" | "order_rate"> & {
  /** YYYY-MM-DD, UTC. */
  date: string
}

/**
 * Orders of the period in the currency: those with a routine bundle (with
 * `routine_id`, a bundle of that routine) and those without any. The average
 * is of the order total, shipping and taxes included, as Medusa's order list
 * shows it.
 */
export type RoutineAnalyticsOrders = {
  with_routine: { count: number; average_total: number }
  without_routine: { count: number; average_total: number }
}

export type RoutineAnalyticsResponse = {
  from: string
  to: string
  currency_code: string
  routine_id: string | null
  totals: RoutineAnalyticsFigures
  orders: RoutineAnalyticsOrders
  /** The period of the same length just before, for comparison. */
  previous: { from: string; to: string; totals: RoutineAnalyticsFigures; orders: RoutineAnalyticsOrders }
  by_day: RoutineAnalyticsDay[]
  by_routine: (RoutineAnalyticsFigures & { routine: { id: string; title: string; handle: string } })[]
  /** The symptom combinations of the visits' last quotes, most visits first; bundles added with each. */
  symptom_combinations: { symptoms: { id: string; name: string }[]; quotes: number; bundles_added: number }[]
  /**
   * Steps whose first choice could not be sold (fallback) or that no product
   * could fill, most often first: finder visits that met it, once per visit.
   */
  steps: { step: { id: string; title: string; routine_title: string }; fallbacks: number; unavailable: number }[]
  ended_reasons: { reason: BundleEndReason; count: number }[]
  subscriptions: RoutineAnalyticsSubscriptions
}

/**
 * The subscriptions of the figures' currency (and routine, when one is asked).
 * Statuses keep no history, so the counts by status and the recurring revenue
 * are as of the request; renewals, churn and check-ins are of the period.
 */
export type RoutineAnalyticsSubscriptions = {
  /** Subscriptions by their status now. */
  active: number
  paused: number
  needs_action: number
  /**
   * What the active subscriptions bring in a month on average: each one's
   * last refill total × 52 weeks ÷ 12 months ÷ its interval in weeks, summed
   * and rounded to the currency's digits.
   */
  recurring_revenue_monthly: number
  /** Renewals due in the period, by outcome, and what the placed ones cost (their bundles' totals). */
  renewals: { succeeded: number; failed: number; skipped: number; pending: number; revenue: number }
  /** Subscriptions started before the period and not cancelled by its start. */
  subscribed_at_start: number
  /** Subscriptions cancelled in the period (some may have started in it). */
  cancelled: number
  /** cancelled ÷ subscribed_at_start, 0–1 or above (0 when none were subscribed at the start). */
  churn_rate: number
  /** Skin check-ins answered in the period. */
  checkins: number
  /** Each warning sign the check-ins changed: how often shoppers dropped it and added it, most changes first. */
  symptom_changes: { symptom: { id: string; name: string }; dropped: number; added: number }[]
}

/** One combination of a routine's symptoms and the bundle the store would build for it now. */
export type RoutineCoverageCombination = {
  symptoms: { id: string; handle: string; name: string }[]
  complete: boolean
  total: number
  items: {
    step_id: string
    product_title: string
    reason: string
    /** With reason `fallback`: the product preferred for the step that could not be sold, and why. */
    fallback_from: { product_id: string; product_title: string; cause: UnsellableCause } | null
  }[]
  fallback_step_ids: string[]
  unavailable_step_ids: string[]
}

export type RoutineCoverageResponse = {
  region_id: string
  currency_code: string
  steps: { id: string; handle: string; title: string; position: number }[]
  symptoms: { id: string; handle: string; name: string }[]
  /** Every combination up to 8 symptoms; beyond, a sample (`sampled`). */
  combinations: RoutineCoverageCombination[]
  total_combinations: number
  sampled: boolean
}

/** An order bought with routine bundles, for the order list (GET /admin/routine-bundle-orders). */
export type AdminRoutineBundleOrder = {
  id: string
  display_id: number | null
  created_at: string
  email: string | null
  currency_code: string
  /** Bundles in the order, and what they cost together (the bundle prices, not the order's total). */
  bundles: number
  bundle_total: number
  routines: { id: string; title: string }[]
}

export type AdminRoutineBundleOrdersResponse = {
  orders: AdminRoutineBundleOrder[]
  count: number
  offset: number
  limit: number
}
