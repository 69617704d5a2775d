import { MathBN } from "@medusajs/framework/utils"
import type { CartBundleRecord } from "./cart-bundle-lines"

export type CheckedCartLine = {
  id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  is_custom_price: boolean
  metadata: Record<string, unknown> | null
}

/**
 * What differs between a cart's lines and the bundles our table records.
 * Every bundle item must have its line, with the same variant, the bundle's
 * quantity and the discounted price; and no line may carry a bundle-style
 * custom price (custom-priced with bundle metadata) that no bundle knows.
 */
export const cartBundleMismatches = (
  cart: { currency_code: string; items: CheckedCartLine[] },
  bundles: (CartBundleRecord & { currency_code: string })[]
) => {
  const problems: string[] = []
  const known = new Set<string>()
  for (const bundle of bundles) {
    if (bundle.currency_code !== cart.currency_code) {
      problems.push(`bundle ${bundle.id} is priced in ${bundle.currency_code}, the cart in ${cart.currency_code}`)
    }
    for (const item of bundle.items) {
      const where = `bundle ${bundle.id}, step "${item.step_handle}"`
      const line = cart.items.find((l) => l.id === item.line_item_id)
      if (!line) {
        problems.push(`${where}: its cart line is missing`)
        continue
      }
      known.add(line.id)
      if (line.variant_id !== item.variant_id) {
        problems.push(`${where}: line ${line.id} holds variant ${line.variant_id}, not ${item.variant_id}`)
      }
      const quantity = item.quantity * bundle.quantity
      if (!MathBN.eq(line.quantity, quantity)) {
        problems.push(`${where}: line ${line.id} has quantity ${line.quantity}, not ${quantity}`)
      }
      if (!MathBN.eq(line.unit_price, item.discounted_unit_price)) {
        problems.push(`${where}: line ${line.id} costs ${line.unit_price}, not ${item.discounted_unit_price}`)
      }
    }
  }
  for (const line of cart.items) {
    if (line.is_custom_price && line.metadata?.routine_bundle_id && !known.has(line.id)) {
      problems.push(`line ${line.id} has a bundle price but belongs to no bundle`)
    }
  }
  return problems
}
