import type { Amount, BundleDiscount } from "./bundle-pricing"

/**
 * The kinds of discount a routine's offer can have, declared once: each
 * says what the merchant sets for it, how one bundle is priced under it
 * (through src/lib/bundle-pricing) and how it reads, for the server, the
 * admin and the storefront alike. A new kind is one entry here and, if its
 * money is new, one case in bundle-pricing.
 */
export type DiscountKind = {
  /**
   * What the merchant sets besides the kind: one percentage (which tiers by
   * steps bought may replace), an amount per currency, or nothing.
   */
  input: "percentage" | "amounts" | "none"
  /** The kind in the admin's list. */
  label: string
  /** For `amounts` kinds: what an amount is, in errors and in the admin form. */
  amount?: { name: string; label: string }
  /** One bundle's discount, from the percentage or the amount in the bundle's currency. */
  discount: (value: Amount) => BundleDiscount
  /** The offer in a shopper's words; `money` formats an amount in the bundle's currency. */
  describe: (offer: { percentage: number | null; amount: number | null }, money: (amount: number) => string) => string
}

export const DISCOUNT_TYPES = ["percentage", "fixed", "set_price", "cheapest_step_free"] as const
export type DiscountType = (typeof DISCOUNT_TYPES)[number]

/** One definition per type: a type without one does not compile. */
export const DISCOUNT_KINDS: { [Type in DiscountType]: DiscountKind } = {
  /** `discount_value` percent off the regular subtotal, or the percent of the tier reached. */
  percentage: {
    input: "percentage",
    label: "Percentage off the bundle",
    discount: (value) => ({ type: "percentage", value }),
    describe: ({ percentage }) => `${percentage ?? 0} % off`,
  },
  /** An amount off one bundle, per currency. */
  fixed: {
    input: "amounts",
    label: "Fixed amount off, per currency",
    amount: { name: "fixed discount", label: "Amount off" },
    discount: (amount) => ({ type: "fixed", amount }),
    describe: ({ amount }, money) => `${money(amount ?? 0)} off`,
  },
  /** One bundle for a price, per currency, never more than its regular subtotal. */
  set_price: {
    input: "amounts",
    label: "A set price for the bundle, per currency",
    amount: { name: "set price", label: "Bundle price" },
    discount: (price) => ({ type: "set_price", price }),
    describe: ({ amount }, money) => `the routine for ${money(amount ?? 0)}`,
  },
  /** The regular subtotal less its cheapest step, whichever steps the shopper keeps. */
  cheapest_step_free: {
    input: "none",
    label: "The cheapest step free",
    discount: () => ({ type: "cheapest_line_free" }),
    describe: () => "the cheapest step free",
  },
}

export const discountKind = (type: DiscountType): DiscountKind => DISCOUNT_KINDS[type]

/** A discount as a quote or a bundle gives it, in a shopper's words. */
export const describeDiscount = (
  discount: { type: DiscountType; percentage: number | null; amount: number | null },
  money: (amount: number) => string
) => discountKind(discount.type).describe(discount, money)
