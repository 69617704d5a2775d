import { lineMismatches } from "./bundle-cart-check"
import type { BundleRecord } from "./cart-bundle-state"

export type OrderLine = {
  id: string
  variant_id: string | null
  quantity: number
  unit_price: number
}

/**
 * Which order line each bundle item became. Order lines copy the cart's lines
 * (variant, quantity, price) but not their ids (nor their custom-price flag),
 * so an item is matched to an unused line with its variant, units and bundle
 * price. An item that matches no line is a problem: the order does not hold
 * the bundle its cart recorded.
 */
export const matchOrderLines = (lines: OrderLine[], bundles: BundleRecord[]) => {
  const used = new Set<string>()
  const links: { item_id: string; order_line_item_id: string }[] = []
  const problems: string[] = []
  for (const bundle of bundles) {
    for (const item of bundle.items) {
      const line = lines.find((l) => !used.has(l.id) && !lineMismatches(l, item, bundle.quantity).length)
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
  return { links, problems }
}
