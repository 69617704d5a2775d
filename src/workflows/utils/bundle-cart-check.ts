import { MathBN } from "@medusajs/framework/utils"
import type { BundleRecord, CartLine } from "./cart-bundle-state"

/**
 * Where a cart breaks the invariant, read from our records and the cart's
 * own lines only (never from line metadata, which the shopper can write):
 * - every item of every bundle has its line, with the item's variant, the
 *   bundle's quantity and the item's bundle price, custom-priced;
 * - every custom-priced line belongs to exactly one bundle;
 * - every bundle is priced in the cart's currency.
 * Empty when the cart is honest.
 */
export const invariantViolations = (
  cart: { currency_code: string; lines: CartLine[] },
  bundles: BundleRecord[]
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
      if (line.variant_id !== item.variant_id) {
        problems.push(`${where}: line ${line.id} holds variant ${line.variant_id}, not ${item.variant_id}`)
      }
      const quantity = item.quantity * bundle.quantity
      if (line.quantity !== quantity) {
        problems.push(`${where}: line ${line.id} has quantity ${line.quantity}, not ${quantity}`)
      }
      if (!line.is_custom_price || !MathBN.eq(line.unit_price, item.discounted_unit_price)) {
        problems.push(`${where}: line ${line.id} costs ${line.unit_price}, not ${item.discounted_unit_price}`)
      }
    }
  }
  for (const line of cart.lines) {
    if (line.is_custom_price && !claims.has(line.id)) {
      problems.push(`line ${line.id} has a custom price but belongs to no bundle`)
    }
  }
  return problems
}
