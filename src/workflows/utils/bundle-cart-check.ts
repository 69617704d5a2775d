import { MathBN } from "@medusajs/framework/utils"
import type { PromotionPolicy } from "../../types"
import type { BundleItemRecord, BundleRecord, CartLine, LineAdjustment } from "./cart-bundle-state"

/**
 * Whether promotions may take money off a bundle's lines: under `combine`,
 * or when `best_of` gave the shopper the promotions instead of the bundle's
 * own discount (its lines are then at their regular prices). Never decided
 * from a line's `is_discountable`: Medusa's buy-get promotions ignore it.
 */
export const promotionsMayApply = (
  source: BundleRecord["discount_source"],
  policy: PromotionPolicy
) => source === "promotion" || policy === "combine"

/** What a bundle's promotion policy is decided from. */
export type PolicyBundle = Pick<BundleRecord, "terms" | "discount_source">

const policyOf = (bundle: PolicyBundle, defaultPolicy: PromotionPolicy) =>
  bundle.terms.promotion_policy ?? defaultPolicy

/** Adjustments on a bundle's line that its promotion policy does not allow (none when it allows them). */
export const forbiddenAdjustments = (
  bundle: PolicyBundle,
  adjustments: LineAdjustment[],
  defaultPolicy: PromotionPolicy
) =>
  promotionsMayApply(bundle.discount_source, policyOf(bundle, defaultPolicy))
    ? []
    : adjustments.filter((a) => !MathBN.eq(a.amount, 0))

/** The problem a bundle line's forbidden adjustments make, in the figures a merchant checks. */
export const adjustmentProblem = (
  where: string,
  line: { id: string; adjustments: LineAdjustment[] },
  bundle: BundleRecord,
  defaultPolicy: PromotionPolicy
) => {
  const forbidden = forbiddenAdjustments(bundle, line.adjustments, defaultPolicy)
  if (!forbidden.length) return undefined
  const total = MathBN.convert(forbidden.reduce((sum, a) => MathBN.add(sum, a.amount), MathBN.convert(0))).toString()
  const codes = [...new Set(forbidden.map((a) => a.code ?? "automatic"))].join(", ")
  return `${where}: line ${line.id} has ${total} off from promotions (${codes}), which its bundle's policy ${policyOf(bundle, defaultPolicy)} does not allow`
}

/** A cart or order line as the check of a bundle item reads it (an order line has no custom-price flag). */
export type HeldLine = Pick<CartLine, "id" | "variant_id" | "quantity" | "unit_price"> & { is_custom_price?: boolean }

/**
 * How a line differs from the bundle item it should hold: the item's
 * variant, its units for the bundle's quantity, its bundle price (and, on a
 * cart, a custom price). Empty when the line holds the item. The one check of
 * a line against its item, for the cart's invariant, its refresh and the order.
 */
export const lineMismatches = (
  line: HeldLine,
  item: Pick<BundleItemRecord, "variant_id" | "quantity" | "discounted_unit_price">,
  bundleQuantity: number
): string[] => {
  const problems: string[] = []
  if (line.variant_id !== item.variant_id) {
    problems.push(`line ${line.id} holds variant ${line.variant_id}, not ${item.variant_id}`)
  }
  const quantity = item.quantity * bundleQuantity
  if (line.quantity !== quantity) {
    problems.push(`line ${line.id} has quantity ${line.quantity}, not ${quantity}`)
  }
  if (line.is_custom_price === false || !MathBN.eq(line.unit_price, item.discounted_unit_price)) {
    problems.push(`line ${line.id} costs ${line.unit_price}, not ${item.discounted_unit_price}`)
  }
  return problems
}

/**
 * Where a cart breaks the invariant, read from our records and the cart's
 * own lines only (never from line metadata, which the shopper can write):
 * - every item of every bundle has its line, with the item's variant, the
 *   bundle's quantity and the item's bundle price, custom-priced;
 * - no promotion takes money off a bundle's line unless its policy lets it
 *   (whatever kind of promotion made the adjustment);
 * - every custom-priced line belongs to exactly one bundle;
 * - every bundle is priced in the cart's currency.
 * Empty when the cart is honest.
 */
export const invariantViolations = (
  cart: { currency_code: string; lines: CartLine[] },
  bundles: BundleRecord[],
  defaultPolicy: PromotionPolicy
): string[] => {
  const problems: string[] = []
  const claims = new Map<string, string>()
  for (const bundle of bundles) {
    if (bundle.currency_code !== cart.currency_code) {
      problems.push(
        `bundle ${bundle.id} is priced in ${bundle.currency_code}, the cart in ${cart.currency_code}`
      )
    }
    for (const item of bundle.items) {
      const where = `bundle ${bundle.id}, step "${item.step_handle}"`
      const line = cart.lines.find((l) => l.id === item.line_item_id)
      if (!line) {
        problems.push(`${where}: its cart line is missing`)
        continue
      }
      const other = claims.get(line.id)
      if (other) {
        problems.push(`${where}: line ${line.id} also belongs to bundle ${other}`)
      }
      claims.set(line.id, bundle.id)
      problems.push(...lineMismatches(line, item, bundle.quantity).map((problem) => `${where}: ${problem}`))
      const adjusted = adjustmentProblem(where, line, bundle, defaultPolicy)
      if (adjusted) problems.push(adjusted)
    }
  }
  for (const line of cart.lines) {
    if (line.is_custom_price && !claims.has(line.id)) {
      problems.push(`line ${line.id} has a custom price but belongs to no bundle`)
    }
  }
  return problems
}
