import { MathBN } from "@medusajs/framework/utils"
import { discountKind } from "../../lib/discount-kinds"
import type {
  FewerStepsDiscount,
  NextDiscountTier,
  QuoteDiscount,
  QuoteSubscription,
  RoutineQuote,
  RoutineQuoteItem,
  SymptomSummary,
} from "../../types"
import type { BundleContext } from "./bundle-context"
import { offeredIntervals, priceUnderTerms, termsForSteps, tiersAt, type BundleTerms } from "./bundle-terms"
import type { BundleChoice, FallbackFrom } from "./choose-bundle-items"
import type { RoutineGraph } from "./routine-graph"

export type QuoteContext = Pick<BundleContext, "region_id" | "currency_code" | "precision" | "fingerprint">

export type PricedBundleItem = RoutineQuoteItem & { discountable: boolean; fallback_from: FallbackFrom | null }

/**
 * The priced bundle a storefront shows and a cart receives, with what stays
 * on the server: the terms it was priced under, the fingerprint of the
 * pricing context (a cart add checks it again under the cart's lock),
 * whether promotions may apply to each product and, for a fallback, the
 * product passed over (the coverage audit names it).
 */
export type PricedRoutineBundle = Omit<RoutineQuote, "items"> & {
  items: PricedBundleItem[]
  terms: BundleTerms
  fingerprint: string
}

/** What taking back skipped steps would add, for a routine with tiers. */
const nextTierOf = (routine: Pick<RoutineGraph, "discount_tiers">, choice: BundleChoice, terms: BundleTerms): NextDiscountTier | null => {
  const { next } = tiersAt(routine, choice.items.length)
  if (!next || discountKind(terms.discount_type).input !== "percentage" || next.min_steps - choice.items.length > choice.skipped_steps.length) {
    return null
  }
  return {
    min_steps: next.min_steps,
    percentage: Number(next.percentage),
    steps_to_add: next.min_steps - choice.items.length,
    extra_percentage: Number(MathBN.sub(next.percentage, terms.discount_value)),
    add_steps: choice.skipped_steps,
  }
}

/** The discount terms give a bundle in one currency, as quotes and cart bundles show it. */
export const discountOf = (terms: BundleTerms, currencyCode: string): QuoteDiscount => {
  const { input } = discountKind(terms.discount_type)
  const amount = terms.discount_amounts[currencyCode]
  return {
    type: terms.discount_type,
    percentage: input === "percentage" ? Number(terms.discount_value) : null,
    amount: input === "amounts" && amount !== undefined ? Number(amount) : null,
  }
}

/** The discount a bundle one step shorter gets, when the shopper may leave a step out. */
const oneStepFewerOf = (choice: BundleChoice, terms: BundleTerms, currencyCode: string): FewerStepsDiscount | null => {
  if (!choice.leavable_steps.length) return null
  const fewer = termsForSteps(terms, choice.items.length - 1)
  return fewer ? { tier: fewer.tier ?? null, discount: discountOf(fewer, currencyCode) } : { tier: null, discount: null }
}

/**
 * The unavailable steps that keep a bundle from being sold: every required
 * one, and the optional ones too when, without them, the bundle falls below
 * the routine's fewest steps (decided on the steps actually in the bundle,
 * after stock and quantity, never on the steps asked for).
 */
export const blockingSteps = (choice: BundleChoice, minSteps: number | null | undefined) => {
  const short = minSteps != null && choice.items.length < minSteps
  return choice.unavailable_steps.filter((s) => !s.optional || short)
}

type PriceLines = Omit<Parameters<typeof priceUnderTerms>[0], "terms">

/**
 * What subscribing does to this bundle: each refill's total under the
 * routine's subscription discount and what that takes off beyond the offer;
 * null when the routine sells no subscription. Priced from the same lines as
 * the purchase asked for, once and subscribed, so the two differ only by it.
 */
const subscriptionOf = (
  routine: Pick<RoutineGraph, "subscriptions_enabled" | "subscription_interval_weeks" | "subscription_discount_percentage">,
  terms: BundleTerms,
  lines: PriceLines
): QuoteSubscription | null => {
  const intervals = offeredIntervals(routine)
  if (!intervals.length) return null
  const discount_percentage = Number(routine.subscription_discount_percentage ?? 0)
  const once = priceUnderTerms({ ...lines, terms: { ...terms, subscription: null } })
  const subscribed = priceUnderTerms({
    ...lines,
    terms: { ...terms, subscription: { interval_weeks: terms.subscription?.interval_weeks ?? intervals[0], discount_percentage } },
  })
  return {
    interval_weeks: intervals,
    discount_percentage,
    total: Number(subscribed.total),
    extra_discount_total: Number(MathBN.sub(once.total, subscribed.total)),
  }
}

export const toRoutineQuote = (input: {
  routine: Pick<
    RoutineGraph,
    | "id"
    | "handle"
    | "title"
    | "discount_tiers"
    | "min_steps"
    | "subscriptions_enabled"
    | "subscription_interval_weeks"
    | "subscription_discount_percentage"
  >
  terms: BundleTerms
  choice: BundleChoice
  symptoms: SymptomSummary[]
  context: QuoteContext
  quantity: number
}): PricedRoutineBundle => {
  const { routine, choice, context, quantity } = input
  const lines: PriceLines = {
    lines: choice.items.map((i) => ({ key: i.step.id, unit_price: i.unit_price })),
    currency_code: context.currency_code,
    precision: context.precision,
    quantity,
  }
  const priced = priceUnderTerms({ ...lines, terms: input.terms })
  return {
    routine_id: routine.id,
    routine_handle: routine.handle,
    routine_title: routine.title,
    region_id: context.region_id,
    currency_code: context.currency_code,
    quantity,
    complete: blockingSteps(choice, routine.min_steps).length === 0,
    items: choice.items.map((item, index) => {
      const line = priced.lines[index]
      return {
        ...item,
        quantity: line.quantity * quantity,
        unit_price: Number(line.unit_price),
        discounted_unit_price: Number(line.discounted_unit_price),
        subtotal: Number(line.subtotal),
        total: Number(line.total),
      }
    }),
    unavailable_steps: choice.unavailable_steps,
    skipped_steps: choice.skipped_steps,
    leavable_steps: choice.leavable_steps,
    one_step_fewer: oneStepFewerOf(choice, input.terms, context.currency_code),
    symptoms: input.symptoms,
    discount: discountOf(input.terms, context.currency_code),
    tier: input.terms.tier ?? null,
    next_tier: nextTierOf(routine, choice, input.terms),
    promotion_policy: input.terms.promotion_policy!,
    min_steps: routine.min_steps ?? null,
    subscription: subscriptionOf(routine, input.terms, lines),
    subscription_interval_weeks: input.terms.subscription?.interval_weeks ?? null,
    subtotal: Number(priced.subtotal),
    discount_total: Number(priced.discount_total),
    total: Number(priced.total),
    terms: input.terms,
    fingerprint: context.fingerprint,
  }
}

/** The quote as the API shows it: the terms stay on the server. */
export const publicQuote = ({
  terms: _terms,
  fingerprint: _fingerprint,
  items,
  ...quote
}: PricedRoutineBundle): RoutineQuote => ({
  ...quote,
  items: items.map(({ discountable: _discountable, fallback_from: _fallbackFrom, ...item }) => item),
})
