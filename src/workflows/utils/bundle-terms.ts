import { MathBN, MedusaError } from "@medusajs/framework/utils"
import {
  BundlePricingError,
  priceBundle,
  type BundleDiscount,
  type PricedBundle,
} from "../../lib/bundle-pricing"
import { discountKind } from "../../lib/discount-kinds"
import type { DiscountTier, DiscountType, PromotionPolicy } from "../../types"
import type { RoutineGraph } from "./routine-graph"

/**
 * The discount a bundle was sold with, kept on its record: re-pricing a
 * bundle already in a cart (new prices, another region, the customer logging
 * in) follows the catalogue's prices but keeps the terms the shopper chose
 * it under, whatever the merchant changes on the routine meanwhile.
 */
export type BundleTerms = {
  discount_type: DiscountType
  /** The percentage off (a `percentage` kind), the tier's when tiers decided it. */
  discount_value: number | string
  /** currency code → the amount of an `amounts` kind: off one bundle (`fixed`) or its price (`set_price`). */
  discount_amounts: Record<string, number | string>
  /** Absent on bundles recorded before policies existed: the plugin's default then. */
  promotion_policy?: PromotionPolicy
  /** The tier reached, when the routine has tiers. */
  tier?: DiscountTier | null
  /** The routine's offer version these terms were taken from (absent on older records). */
  offer_version?: number
  /**
   * The routine's tiers and fewest steps when the bundle was sold: what a
   * shopper who keeps only some steps would have paid for them
   * (`partial_return_policy: reprice_kept`). Absent on older records.
   */
  tiers?: DiscountTier[]
  min_steps?: number
  /**
   * The subscription the shopper chose, with the routine's extra percentage
   * off the offer's price as it was then (absent or null: bought once). It
   * prices every later re-pricing, so a subscribed bundle's lines are held
   * to it as to the routine's own discount.
   */
  subscription?: BundleSubscriptionTerms | null
}

export type BundleSubscriptionTerms = {
  interval_weeks: number
  discount_percentage: number
}

/**
 * The subscription terms for a refill every `intervalWeeks` weeks (null:
 * bought once); a 400 naming `subscription_interval_weeks` when the routine
 * does not offer that interval.
 */
export const subscriptionTermsOf = (
  routine: Pick<RoutineGraph, "subscriptions_enabled" | "subscription_interval_weeks" | "subscription_discount_percentage">,
  intervalWeeks: number | null | undefined
): BundleSubscriptionTerms | null => {
  if (intervalWeeks == null) return null
  const offered = offeredIntervals(routine)
  if (!offered.includes(intervalWeeks)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      offered.length
        ? `subscription_interval_weeks must be one of ${offered.join(", ")} for this routine, got ${intervalWeeks}`
        : `subscription_interval_weeks: this routine is not sold on subscription`
    )
  }
  return { interval_weeks: intervalWeeks, discount_percentage: Number(routine.subscription_discount_percentage ?? 0) }
}

/** The intervals a shopper may subscribe at, ascending; none when subscriptions are off. */
export const offeredIntervals = (
  routine: Pick<RoutineGraph, "subscriptions_enabled" | "subscription_interval_weeks">
): number[] => (routine.subscriptions_enabled ? [...(routine.subscription_interval_weeks ?? [])].sort((a, b) => a - b) : [])

const sortedTiers = (routine: Pick<RoutineGraph, "discount_tiers">) =>
  [...(routine.discount_tiers ?? [])].filter(Boolean).sort((a, b) => a.min_steps - b.min_steps)

/** The highest tier a bundle of `steps` steps reaches, and the one after it. */
export const tiersAt = (routine: Pick<RoutineGraph, "discount_tiers">, steps: number) => {
  const tiers = sortedTiers(routine)
  const reached = [...tiers].reverse().find((t) => t.min_steps <= steps) ?? null
  const next = tiers.find((t) => t.min_steps > steps) ?? null
  return { reached, next }
}

/** The routine's offer for a bundle of `steps` steps, as a bundle keeps it. */
export const termsOfRoutine = (
  routine: RoutineGraph,
  steps: number,
  defaultPolicy: PromotionPolicy,
  intervalWeeks: number | null = null
): BundleTerms => {
  const { reached } = tiersAt(routine, steps)
  const tiered = discountKind(routine.discount_type).input === "percentage" && sortedTiers(routine).length > 0
  return {
    discount_type: routine.discount_type,
    discount_value: tiered ? (reached?.percentage ?? 0) : routine.discount_value,
    discount_amounts: Object.fromEntries(
      (routine.discount_amounts ?? []).flatMap((a) => (a ? [[a.currency_code, a.amount]] : []))
    ),
    promotion_policy: routine.promotion_policy ?? defaultPolicy,
    tier: tiered ? reached && { min_steps: reached.min_steps, percentage: Number(reached.percentage) } : null,
    offer_version: routine.offer_version,
    tiers: tiered ? sortedTiers(routine).map((t) => ({ min_steps: t.min_steps, percentage: Number(t.percentage) })) : [],
    // Without a fewest-steps setting, a bundle needs every required step.
    min_steps: routine.min_steps ?? routine.steps.filter((s) => !s.optional).length,
    subscription: subscriptionTermsOf(routine, intervalWeeks),
  }
}

/**
 * The terms a bundle of `steps` of its steps would have been sold under:
 * the tier those steps reach, or null (no discount) below the routine's
 * fewest steps or its lowest tier. Terms recorded before tiers and fewest
 * steps were kept on them stay as they are.
 */
export const termsForSteps = (terms: BundleTerms, steps: number): BundleTerms | null => {
  if (terms.min_steps !== undefined && steps < terms.min_steps) return null
  if (!terms.tiers?.length) return terms
  const reached = [...terms.tiers].reverse().find((t) => t.min_steps <= steps)
  return reached ? { ...terms, discount_value: reached.percentage, tier: reached } : null
}

const discountIn = (terms: BundleTerms, currencyCode: string): BundleDiscount => {
  const kind = discountKind(terms.discount_type)
  switch (kind.input) {
    case "percentage":
      return kind.discount(terms.discount_value)
    case "none":
      return kind.discount(0)
    case "amounts": {
      const amount = terms.discount_amounts[currencyCode]
      if (amount === undefined) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The routine cannot be sold in ${currencyCode.toUpperCase()}: its ${kind.amount?.name} has no amount in that currency`
        )
      }
      return kind.discount(amount)
    }
  }
}

/** Prices one bundle's lines (regular unit prices, keyed) under its terms, exactly. */
export const priceUnderTerms = (input: {
  lines: { key: string; unit_price: string | number; quantity?: number }[]
  terms: BundleTerms
  currency_code: string
  precision: number
  quantity: number
}): PricedBundle => {
  if (!input.lines.length) {
    return { lines: [], subtotal: "0", discount_total: "0", total: "0", bundle_quantity: input.quantity }
  }
  try {
    return priceBundle({
      lines: input.lines.map((l) => ({ key: l.key, unit_price: l.unit_price, quantity: l.quantity ?? 1 })),
      discount: discountIn(input.terms, input.currency_code),
      precision: input.precision,
      bundleQuantity: input.quantity,
      extraPercentage: input.terms.subscription?.discount_percentage ?? 0,
    })
  } catch (e) {
    if (e instanceof BundlePricingError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }
}

/** The same lines at their regular prices, no discount: a `best_of` bundle whose promotion is worth more. */
export const regularPrices = (priced: PricedBundle): PricedBundle => ({
  ...priced,
  lines: priced.lines.map((line) => ({
    ...line,
    discounted_unit_price: line.unit_price,
    discount_total: "0",
    total: line.subtotal,
  })),
  discount_total: "0",
  total: priced.subtotal,
})

export const isPositive = (amount: string | number) => MathBN.gt(amount, 0)
