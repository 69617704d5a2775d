import { MedusaError } from "@medusajs/framework/utils"
import {
  BundlePricingError,
  priceBundle,
  type BundleDiscount,
  type PricedBundle,
} from "../../lib/bundle-pricing"
import type { DiscountType } from "../../types"
import type { RoutineGraph } from "./routine-graph"

/**
 * The discount a bundle was sold with, kept on its record: re-pricing a
 * bundle already in a cart (new prices, another region, the customer logging
 * in) follows the catalogue's prices but keeps the terms the shopper chose
 * it under, whatever the merchant changes on the routine meanwhile.
 */
export type BundleTerms = {
  discount_type: DiscountType
  discount_value: number | string
  /** currency code → amount off one bundle (`fixed`). */
  discount_amounts: Record<string, number | string>
}

export const termsOfRoutine = (routine: RoutineGraph): BundleTerms => ({
  discount_type: routine.discount_type,
  discount_value: routine.discount_value,
  discount_amounts: Object.fromEntries(
    (routine.discount_amounts ?? []).flatMap((a) => (a ? [[a.currency_code, a.amount]] : []))
  ),
})

const discountIn = (terms: BundleTerms, currencyCode: string): BundleDiscount => {
  if (terms.discount_type === "percentage") {
    return { type: "percentage", value: terms.discount_value }
  }
  const amount = terms.discount_amounts[currencyCode]
  if (amount === undefined) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The routine cannot be sold in ${currencyCode.toUpperCase()}: its fixed discount has no amount in that currency`
    )
  }
  return { type: "fixed", amount }
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
    })
  } catch (e) {
    if (e instanceof BundlePricingError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }
}
