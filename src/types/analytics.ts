import type { UnsellableCause } from "./quote"
import type { BundleEndReason } from "./routine"

/** One day of the routine analytics. */
export type RoutineAnalyticsDay = {
  /** YYYY-MM-DD, UTC. */
  date: string
  quotes: number
  bundles_added: number
  bundles_ordered: number
  /** What bundles sold for, in the figures' currency. */
  revenue: number
  /** What the routine discounts gave away on those bundles. */
  discount_given: number
}

export type RoutineAnalyticsFigures = {
  quotes: number
  bundles_added: number
  bundles_ended: number
  bundles_ordered: number
  revenue: number
  discount_given: number
  /** Bundles added per quote, bundles ordered per bundle added (0–1). */
  add_rate: number
  order_rate: number
}

export type RoutineAnalyticsResponse = {
  from: string
  to: string
  currency_code: string
  routine_id: string | null
  totals: RoutineAnalyticsFigures
  /** Orders of the period in the currency, with and without a routine bundle: count and average total. */
  orders: {
    with_routine: { count: number; average_total: number }
    without_routine: { count: number; average_total: number }
  }
  by_day: RoutineAnalyticsDay[]
  by_routine: (RoutineAnalyticsFigures & { routine: { id: string; title: string; handle: string } })[]
  /** The symptom combinations shoppers named, most quoted first. */
  symptom_combinations: { symptoms: { id: string; name: string }[]; quotes: number; bundles_added: number }[]
  /** Steps whose first choice could not be sold (fallback) or that no product could fill, most often first. */
  steps: { step: { id: string; title: string; routine_title: string }; fallbacks: number; unavailable: number }[]
  ended_reasons: { reason: BundleEndReason; count: number }[]
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
