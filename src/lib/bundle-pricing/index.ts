import { allocateDiscount } from "./allocate"
import { formatMinorUnits, divRoundHalfUp, parseDecimal, pow10, toMinorUnits } from "./decimal"
import { BundlePricingError } from "./errors"

export { BundlePricingError }

/** A Medusa amount in major units (14.9 is €14.90), as a number or a decimal string. */
export type Amount = string | number

export type BundleDiscount =
  /** 0..100, decimals allowed (12.5). */
  | { type: "percentage"; value: Amount }
  /** Major units in the bundle's currency, off ONE bundle. */
  | { type: "fixed"; amount: Amount }
  /** ONE bundle for this price (major units), or its subtotal when that is lower. */
  | { type: "set_price"; price: Amount }
  /** ONE bundle's cheapest line (unit price × quantity) off. */
  | { type: "cheapest_line_free" }

/** `quantity` is per ONE bundle, an integer >= 1. */
export type BundleLineInput = { key: string; unit_price: Amount; quantity: number }

export type PricedBundleLine = {
  key: string
  /** Per one bundle. */
  quantity: number
  /** The regular unit price, rounded to the precision. */
  unit_price: string
  /** What the shopper pays per unit; the same whatever the bundle quantity. */
  discounted_unit_price: string
  /** unit_price × quantity × bundle quantity. */
  subtotal: string
  discount_total: string
  /** discounted_unit_price × quantity × bundle quantity. */
  total: string
}

export type PricedBundle = {
  lines: PricedBundleLine[]
  subtotal: string
  discount_total: string
  total: string
  bundle_quantity: number
}

const MAX_PRECISION = 20

const sum = (values: bigint[]): bigint => values.reduce((total, value) => total + value, 0n)

/** `percentage` (0..100) of `amount` minor units, rounded half-up. */
const percentOf = (amount: bigint, percentage: Amount, field: string): bigint => {
  const { coefficient, scale } = parseDecimal(percentage, field)
  if (coefficient > 100n * pow10(scale)) {
    throw new BundlePricingError(`${field} must be a percentage from 0 to 100, got ${percentage}`)
  }
  return divRoundHalfUp(amount * coefficient, 100n * pow10(scale))
}

const assertInteger = (value: number, field: string, min: number, max = Number.MAX_SAFE_INTEGER): void => {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BundlePricingError(`${field} must be an integer from ${min} to ${max}, got ${value}`)
  }
}

/** The discount of one bundle in minor units, never more than its subtotal. */
const oneBundleDiscount = (discount: BundleDiscount, lineTotals: bigint[], precision: number): bigint => {
  const subtotal = sum(lineTotals)
  if (!discount) {
    throw new BundlePricingError("a bundle needs a discount")
  }
  switch (discount.type) {
    case "percentage":
      return percentOf(subtotal, discount.value, "discount.value")
    case "fixed": {
      const amount = toMinorUnits(parseDecimal(discount.amount, "discount.amount"), precision)
      return amount < subtotal ? amount : subtotal
    }
    case "set_price": {
      const price = toMinorUnits(parseDecimal(discount.price, "discount.price"), precision)
      return price < subtotal ? subtotal - price : 0n
    }
    case "cheapest_line_free":
      return lineTotals.reduce((least, total) => (total < least ? total : least))
    default: {
      const unknown: never = discount
      throw new BundlePricingError(`discount.type is not a kind of discount: ${JSON.stringify(unknown)}`)
    }
  }
}

/**
 * Prices `bundleQuantity` copies of a bundle exactly, in integer minor units (10^-precision of the currency).
 *
 * - Amounts with more decimals than `precision` are rounded half-up (1.005 at precision 2 is 1.01).
 * - The discount is computed for ONE bundle: a percentage of its subtotal rounded half-up, a fixed amount
 *   capped at its subtotal, what takes the subtotal down to a set price (nothing when the subtotal is lower), or
 *   its cheapest line's total (unit price × quantity). It is split over the lines as described on `allocateDiscount`, so
 *   Σ discounted_unit_price × quantity is exactly the one-bundle subtotal minus the one-bundle discount.
 * - q copies cost exactly q times one: every line and bundle amount is the one-bundle amount × bundleQuantity.
 * - `extraPercentage` (a subscription's) is taken off ONE bundle's discounted price on top of the discount,
 *   rounded half-up and split over the lines the same way, weighted by their discounted unit prices: a line the
 *   discount made free stays free, and no line goes below 0. Absent or 0 prices exactly as without it.
 * - Tax-agnostic: prices come out as they went in, so tax-inclusive prices stay tax-inclusive and the caller's
 *   tax calculation applies to the discounted unit prices.
 *
 * Throws BundlePricingError for negative or non-numeric amounts, a percentage above 100, non-positive or
 * fractional quantities, an invalid precision, no lines or duplicate line keys.
 */
export function priceBundle(input: {
  lines: BundleLineInput[]
  discount: BundleDiscount
  precision: number
  bundleQuantity: number
  /** 0..100, decimals allowed: off the discounted bundle, for subscribers. */
  extraPercentage?: Amount
}): PricedBundle {
  const { precision, bundleQuantity } = input
  assertInteger(precision, "precision", 0, MAX_PRECISION)
  assertInteger(bundleQuantity, "bundleQuantity", 1)
  if (!input.lines?.length) {
    throw new BundlePricingError("a bundle needs at least one line")
  }

  const keys = new Set<string>()
  const lines = input.lines.map((line) => {
    if (keys.has(line.key)) {
      throw new BundlePricingError(`line key "${line.key}" appears more than once`)
    }
    keys.add(line.key)
    assertInteger(line.quantity, `quantity of line "${line.key}"`, 1)
    const unit = toMinorUnits(parseDecimal(line.unit_price, `unit_price of line "${line.key}"`), precision)
    return { key: line.key, quantity: line.quantity, unit }
  })

  const discount = oneBundleDiscount(input.discount, lines.map((line) => line.unit * BigInt(line.quantity)), precision)
  const offerDiscounts = allocateDiscount(lines, discount)
  const offered = lines.map((line, i) => ({ unit: line.unit - offerDiscounts[i], quantity: line.quantity }))
  const extra = percentOf(
    sum(offered.map((line) => line.unit * BigInt(line.quantity))),
    input.extraPercentage ?? 0,
    "extraPercentage"
  )
  const extraDiscounts = allocateDiscount(offered, extra)
  const unitDiscounts = offerDiscounts.map((d, i) => d + extraDiscounts[i])

  const amounts = lines.map((line, i) => {
    const units = BigInt(line.quantity) * BigInt(bundleQuantity)
    return {
      line,
      discountedUnit: line.unit - unitDiscounts[i],
      subtotal: line.unit * units,
      discountTotal: unitDiscounts[i] * units,
      total: (line.unit - unitDiscounts[i]) * units,
    }
  })
  const format = (minor: bigint) => formatMinorUnits(minor, precision)

  return {
    lines: amounts.map(({ line, discountedUnit, subtotal, discountTotal, total }) => ({
      key: line.key,
      quantity: line.quantity,
      unit_price: format(line.unit),
      discounted_unit_price: format(discountedUnit),
      subtotal: format(subtotal),
      discount_total: format(discountTotal),
      total: format(total),
    })),
    subtotal: format(sum(amounts.map((a) => a.subtotal))),
    discount_total: format(sum(amounts.map((a) => a.discountTotal))),
    total: format(sum(amounts.map((a) => a.total))),
    bundle_quantity: bundleQuantity,
  }
}
