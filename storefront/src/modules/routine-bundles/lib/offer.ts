import type { QuoteDiscount } from "medusa-plugin-routine-bundles-client"
import type { Messages } from "../i18n"

/**
 * A bundle's discount in the shopper's words, from a quote or a cart bundle
 * (never from the routine's settings, which name its top rate): the one
 * formatter every page of the storefront uses, one wording per discount type
 * in each language's messages (a type without one does not compile). Null is
 * a bundle with no routine discount: below the lowest tier, or a promotion
 * worth more.
 */
export const offerWords = (
  discount: QuoteDiscount | null,
  t: Messages["routines"],
  money: (amount: number) => string
) => (discount ? t.offer[discount.type](discount, money) : t.noDiscount)
