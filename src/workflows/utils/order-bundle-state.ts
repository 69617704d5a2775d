import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { PartialReturnPolicy } from "../../types"
import { precisionOf } from "./bundle-context"
import type { BundleItemRecord, BundleRecord } from "./cart-bundle-state"
import { compact } from "./compact"
import { keptBundle, type KeptBundle, type KeptUnits } from "./kept-bundle"
import { toBundleRecord } from "./load-cart-bundle-state"
import { matchOrderLines } from "./order-bundle-match"

/** The reference of the credit lines that take a re-priced partial return off the refund. */
export const REPRICE_CREDIT_REFERENCE = "routine_bundle_reprice"

/** An order line as it stands now: after order edits, with what came back. */
export type OrderBundleLine = {
  id: string
  variant_id: string | null
  quantity: number
  unit_price: number
  return_requested_quantity: number
  return_received_quantity: number
  /** Units a claim wrote off (lost or damaged) or a return received damaged. */
  written_off_quantity: number
}

/** A bundle item with the order line it became (null when no line matches). */
export type OrderBundleItem = BundleItemRecord & { order_line_item_id: string | null }
export type OrderBundleRecord = Omit<BundleRecord, "items"> & { items: OrderBundleItem[] }

export type OrderBundleState = {
  order_id: string
  cart_id: string | null
  precision: number
  /** What the order owes the shopper (negative) or the shopper owes (positive). */
  pending_difference: number
  /** What credit lines already took off refunds for re-priced bundles. */
  repriced: number
  lines: OrderBundleLine[]
  bundles: OrderBundleRecord[]
}

type OrderRow = {
  id: string
  currency_code: string
  summary?: { pending_difference?: number } | null
  cart?: { id: string } | null
  credit_lines?: ({ amount: number; reference: string | null } | null)[] | null
  items?: ({
    id: string
    variant_id: string | null
    unit_price: number
    detail?: {
      quantity?: number
      return_requested_quantity?: number
      return_received_quantity?: number
      written_off_quantity?: number
    } | null
  } | null)[] | null
}

/**
 * An order's bundles and its lines as they stand now. Each item is tied to
 * its order line by the record (once `order.placed` was handled), else the
 * way that handler matches them. 404 for an unknown order.
 */
export const loadOrderBundleState = async (container: MedusaContainer, orderId: string): Promise<OrderBundleState> => {
  const { data: [found] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "currency_code",
      "summary",
      "cart.id",
      "credit_lines.amount",
      "credit_lines.reference",
      "items.id",
      "items.variant_id",
      "items.unit_price",
      "items.detail.quantity",
      "items.detail.return_requested_quantity",
      "items.detail.return_received_quantity",
      "items.detail.written_off_quantity",
    ],
    filters: { id: orderId },
  })
  const order = found as OrderRow | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  }
  const lines: OrderBundleLine[] = compact(order.items ?? []).map((l) => ({
    id: l.id,
    variant_id: l.variant_id ?? null,
    quantity: Number(l.detail?.quantity ?? 0),
    unit_price: Number(l.unit_price),
    return_requested_quantity: Number(l.detail?.return_requested_quantity ?? 0),
    return_received_quantity: Number(l.detail?.return_received_quantity ?? 0),
    written_off_quantity: Number(l.detail?.written_off_quantity ?? 0),
  }))
  const cartId = order.cart?.id ?? null
  const stored = cartId
    ? await container
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: cartId }, { relations: ["items"], order: { created_at: "ASC" } })
    : []
  const records = stored.map(toBundleRecord)
  // Before order.placed is handled (moments after the order), as that handler matches them.
  const { links } = matchOrderLines(lines, records)
  const recordedLine = new Map(stored.flatMap((b) => compact(b.items ?? [])).map((i) => [i.id, i.order_line_item_id ?? null]))
  const bundles = records.map((bundle) => ({
    ...bundle,
    items: bundle.items.map((item) => ({
      ...item,
      order_line_item_id:
        recordedLine.get(item.id) ?? links.find((l) => l.item_id === item.id)?.order_line_item_id ?? null,
    })),
  }))
  const repriced = compact(order.credit_lines ?? [])
    .filter((c) => c.reference === REPRICE_CREDIT_REFERENCE)
    .reduce((total, c) => MathBN.sub(total, c.amount), MathBN.convert(0))
  return {
    order_id: order.id,
    cart_id: cartId,
    precision: bundles.length ? await precisionOf(container, order.currency_code) : 2,
    pending_difference: Number(order.summary?.pending_difference ?? 0),
    repriced: MathBN.convert(repriced).toNumber(),
    lines,
    bundles,
  }
}

/**
 * Units of each item the shopper keeps: its line's units now (after edits)
 * less those returned and those written off (a claim's, or a return received
 * damaged): a replacement a claim sends is a line of its own, outside the bundle.
 */
export const keptUnits = (bundle: OrderBundleRecord, lines: OrderBundleLine[]): KeptUnits =>
  Object.fromEntries(
    bundle.items.map((item) => {
      const line = lines.find((l) => l.id === item.order_line_item_id)
      return [item.id, line ? Math.max(0, line.quantity - line.return_received_quantity - line.written_off_quantity) : 0]
    })
  )

/** Each bundle of the order with what its shopper keeps and owes for it under the policy. */
export const keptBundles = (state: OrderBundleState, policy: PartialReturnPolicy): (KeptBundle & { bundle_id: string })[] =>
  state.bundles.map((bundle) => ({
    bundle_id: bundle.id,
    ...keptBundle(bundle, keptUnits(bundle, state.lines), policy, state.precision),
  }))

/**
 * The credit line that takes a partial return's re-pricing off the refund
 * (`reprice_kept`): what the kept bundles cost more, less what earlier
 * credit lines already took, and never more than the refund the order still
 * owes (Medusa accepts a negative credit line only against a refund due).
 * Null when nothing is owed. A return cancelled later gives nothing back
 * on its own: the merchant refunds it as usual.
 */
export const repriceCreditLine = (state: OrderBundleState) => {
  const owed = keptBundles(state, "reprice_kept").reduce(
    (total, kept) => MathBN.add(total, kept.reprice_amount),
    MathBN.convert(0)
  )
  const refundDue = MathBN.mult(state.pending_difference, -1)
  const toTake = MathBN.min(MathBN.sub(owed, state.repriced), refundDue)
  if (!MathBN.gt(toTake, 0)) {
    return null
  }
  return {
    amount: MathBN.convert(MathBN.mult(toTake, -1)).toNumber(),
    reference: REPRICE_CREDIT_REFERENCE,
    reference_id: state.order_id,
  }
}
