import { describeDiscount, type QuoteDiscount } from "medusa-plugin-routine-bundles-client"
import { formatAmount } from "./money"

/**
 * A bundle's discount in the shopper's words, from a quote or a cart bundle
 * (never from the routine's settings, which name its top rate): the one
 * formatter every page of the storefront uses. Null is a bundle with no
 * routine discount: below the lowest tier, or a promotion worth more.
 */
export const offerWords = (discount: QuoteDiscount | null, currencyCode: string) =>
  discount ? describeDiscount(discount, (amount) => formatAmount(amount, currencyCode)) : "no routine discount"
