import { MathBN } from "@medusajs/framework/utils"
import type { PromotionPolicy } from "../../types"
import { adjustmentProblem } from "./bundle-cart-check"
import type { LineAdjustment } from "./cart-bundle-state"
import type { OrderBundleRecord } from "./order-bundle-state"

/** An order line as an order change would leave it (Medusa's preview of the change). */
export type ChangedOrderLine = {
  id: string
  quantity: number
  unit_price: number
  /** Absent when the change does not touch the line's promotions. */
  adjustments?: LineAdjustment[]
}

/**
 * Where an order change (an edit, a return, an exchange, a claim) would
 * break a bundle's money: a bundle line keeps its bundle price, never holds
 * more units than were bought with the bundle (more come as a new line at
 * their own price), and gets no promotion its policy forbids, whatever
 * carried it over. Removing units is allowed: what the shopper keeps is then
 * priced by the store's `partial_return_policy`. Empty when the change is
 * honest.
 */
export const orderChangeViolations = (
  lines: ChangedOrderLine[],
  bundles: OrderBundleRecord[],
  defaultPolicy: PromotionPolicy
): string[] =>
  bundles.flatMap((bundle) =>
    bundle.items.flatMap((item) => {
      const line = lines.find((l) => l.id === item.order_line_item_id)
      if (!line) return []
      const where = `"${item.product_title}" (step "${item.step_title}")`
      const bought = item.quantity * bundle.quantity
      const problems: string[] = []
      if (line.quantity > bought) {
        problems.push(
          `${where} would have ${line.quantity} units, its routine bundle holds ${bought}: add more units as a new item at their own price`
        )
      }
      if (!MathBN.eq(line.unit_price, item.discounted_unit_price)) {
        problems.push(
          `${where} is priced by its routine bundle at ${item.discounted_unit_price}; an order change cannot make it ${line.unit_price}`
        )
      }
      const promotions = line.adjustments && adjustmentProblem(where, { id: line.id, adjustments: line.adjustments }, bundle, defaultPolicy)
      if (promotions) problems.push(promotions)
      return problems
    })
  )
