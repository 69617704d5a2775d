import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { OrderRoutineBundle } from "../../types"
import { compact } from "../../workflows/utils/compact"
import { listCartRoutineBundles } from "./cart-routine-bundles"

type OrderRow = {
  id: string
  cart?: { id: string } | null
  items?: ({
    id: string
    detail?: { return_requested_quantity?: number; return_received_quantity?: number } | null
  } | null)[] | null
}

const findOrder = async (container: MedusaContainer, orderId: string) => {
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "cart.id",
      "items.id",
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
      .listRoutineBundleItems({ bundle: { cart_id: order.cart.id } }, { select: ["id", "order_line_item_id"] }),
  ])
  const lines = new Map(compact(order.items ?? []).map((l) => [l.id, l]))
  return bundles.map((bundle) => ({
    ...bundle,
    items: bundle.items.map((item) => {
      const orderLineId = records.find((r) => r.id === item.id)?.order_line_item_id ?? null
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
