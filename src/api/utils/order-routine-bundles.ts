import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { OrderRoutineBundle } from "../../types"
import { compact } from "../../workflows/utils/compact"
import { toBundleRecord } from "../../workflows/utils/load-cart-bundle-state"
import { matchOrderLines } from "../../workflows/utils/order-bundle-match"
import { listCartRoutineBundles } from "./cart-routine-bundles"

type OrderRow = {
  id: string
  cart?: { id: string } | null
  items?: ({
    id: string
    variant_id: string | null
    unit_price: number
    detail?: { quantity?: number; return_requested_quantity?: number; return_received_quantity?: number } | null
  } | null)[] | null
}

const findOrder = async (container: MedusaContainer, orderId: string) => {
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "cart.id",
      "items.id",
      "items.variant_id",
      "items.unit_price",
      "items.detail.quantity",
      "items.detail.return_requested_quantity",
      "items.detail.return_received_quantity",
    ],
    filters: { id: orderId },
  })
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  return order as OrderRow
}

/**
 * The bundles an order was bought with, grouped as in its cart, with what
 * was returned of each item and what it is worth: an item comes back at its
 * bundle price, the share of the discount it carried.
 */
export const orderRoutineBundles = async (
  container: MedusaContainer,
  orderId: string
): Promise<OrderRoutineBundle[]> => {
  const order = await findOrder(container, orderId)
  if (!order.cart?.id) {
    return []
  }
  const [bundles, records] = await Promise.all([
    listCartRoutineBundles(container, { cart_id: order.cart.id }),
    container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles({ cart_id: order.cart.id }, { relations: ["items"] }),
  ])
  const lines = new Map(compact(order.items ?? []).map((l) => [l.id, l]))
  // Until order.placed is handled (moments after the order), the items'
  // order lines are matched the way that handler does.
  const { links } = matchOrderLines(
    [...lines.values()].map((l) => ({
      id: l.id,
      variant_id: l.variant_id ?? null,
      quantity: Number(l.detail?.quantity ?? 0),
      unit_price: Number(l.unit_price),
    })),
    records.map(toBundleRecord)
  )
  const orderLineOf = (itemId: string) =>
    records.flatMap((b) => b.items ?? []).find((i) => i?.id === itemId)?.order_line_item_id ??
    links.find((l) => l.item_id === itemId)?.order_line_item_id ??
    null
  return bundles.map((bundle) => ({
    ...bundle,
    items: bundle.items.map((item) => {
      const orderLineId = orderLineOf(item.id)
      const detail = (orderLineId && lines.get(orderLineId)?.detail) || {}
      const received = Number(detail.return_received_quantity ?? 0)
      return {
        ...item,
        order_line_item_id: orderLineId,
        return_requested_quantity: Number(detail.return_requested_quantity ?? 0),
        return_received_quantity: received,
        refund_amount: MathBN.convert(MathBN.mult(item.discounted_unit_price, received)).toNumber(),
      }
    }),
  }))
}

/** What broke the bundle rules when the order was placed (see recordOrderRoutineBundlesWorkflow). */
export const orderRoutineFlags = async (container: MedusaContainer, orderId: string) =>
  (
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineOrderFlags({ order_id: orderId }, { select: ["id", "problems", "created_at"] })
  ).map((flag) => ({ id: flag.id, problems: flag.problems, created_at: new Date(flag.created_at).toISOString() }))
