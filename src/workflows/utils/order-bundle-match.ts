import { MathBN } from "@medusajs/framework/utils"
import type { BundleRecord } from "./cart-bundle-state"

export type OrderLine = {
  id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  is_custom_price: boolean
}

/**
 * Which order line each bundle item became. Order lines copy the cart's lines
 * (variant, quantity, price) but not their ids, so an item is matched to an
 * unused line with its variant, units and bundle price. What cannot be
 * matched, and any custom-priced order line no bundle explains, is a problem:
 * the cart was completed in breach of the bundle rules.
 */
export const matchOrderLines = (lines: OrderLine[], bundles: BundleRecord[]) => {
  const used = new Set<string>()
  const links: { item_id: string; order_line_item_id: string }[] = []
  const problems: string[] = []
  for (const bundle of bundles) {
    for (const item of bundle.items) {
      const line = lines.find(
        (l) =>
          !used.has(l.id) &&
          l.variant_id === item.variant_id &&
          l.quantity === item.quantity * bundle.quantity &&
          MathBN.eq(l.unit_price, item.discounted_unit_price)
      )
      if (!line) {
        problems.push(
          `bundle ${bundle.id}, step "${item.step_handle}": no order line of ${item.quantity * bundle.quantity} × ${item.variant_id} at ${item.discounted_unit_price}`
        )
        continue
      }
      used.add(line.id)
      links.push({ item_id: item.id, order_line_item_id: line.id })
    }
  }
  for (const line of lines) {
    if (line.is_custom_price && !used.has(line.id)) {
      problems.push(`order line ${line.id} has a custom price (${line.unit_price}) but belongs to no bundle`)
    }
  }
  return { links, problems }
}
