import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { OrderRoutineBundle, PartialReturnPolicy } from "../../types"
import { keptBundles, keptUnits, loadOrderBundleState, type OrderBundleState } from "../../workflows/utils/order-bundle-state"
import { listCartRoutineBundles } from "./cart-routine-bundles"

/**
 * The bundles an order was bought with, grouped as in its cart, as they
 * stand now: each item with the units order edits left, what came back
 * and what it is worth (its bundle price, the discount's share included),
 * and each bundle with what the shopper keeps and, under `reprice_kept`,
 * what keeping only that costs more. 404 for an unknown order.
 */
export const orderRoutineBundles = async (
  container: MedusaContainer,
  orderId: string,
  policy: PartialReturnPolicy,
  loaded?: OrderBundleState
): Promise<OrderRoutineBundle[]> => {
  const state = loaded ?? (await loadOrderBundleState(container, orderId))
  if (!state.cart_id || !state.bundles.length) {
    return []
  }
  const bundles = await listCartRoutineBundles(container, { cart_id: state.cart_id })
  const kept = keptBundles(state, policy)
  return bundles.map((bundle) => {
    const record = state.bundles.find((b) => b.id === bundle.id)
    const units = record ? keptUnits(record, state.lines) : {}
    return {
      ...bundle,
      items: bundle.items.map((item) => {
        const orderLineId = record?.items.find((i) => i.id === item.id)?.order_line_item_id ?? null
        const line = state.lines.find((l) => l.id === orderLineId)
        return {
          ...item,
          order_line_item_id: orderLineId,
          order_quantity: line?.quantity ?? 0,
          return_requested_quantity: line?.return_requested_quantity ?? 0,
          return_received_quantity: line?.return_received_quantity ?? 0,
          written_off_quantity: line?.written_off_quantity ?? 0,
          kept_quantity: units[item.id] ?? 0,
          refund_amount: MathBN.convert(
            MathBN.mult(item.discounted_unit_price, line?.return_received_quantity ?? 0)
          ).toNumber(),
        }
      }),
      kept_total: kept.find((k) => k.bundle_id === bundle.id)?.kept_total ?? 0,
      reprice_amount: kept.find((k) => k.bundle_id === bundle.id)?.reprice_amount ?? 0,
    }
  })
}

/** What broke the bundle rules when the order was placed (see recordOrderRoutineBundlesWorkflow). */
export const orderRoutineFlags = async (container: MedusaContainer, orderId: string) =>
  (
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineOrderFlags({ order_id: orderId }, { select: ["id", "problems", "created_at"] })
  ).map((flag) => ({ id: flag.id, problems: flag.problems, created_at: new Date(flag.created_at).toISOString() }))
