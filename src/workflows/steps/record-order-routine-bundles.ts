import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { cartHasRoutineBundles } from "../utils/cart-has-routine-bundles"
import { compact } from "../utils/compact"
import { invariantViolations } from "../utils/bundle-cart-check"
import { loadCartBundleState } from "../utils/load-cart-bundle-state"
import { matchOrderLines, type OrderLine } from "../utils/order-bundle-match"
import { pluginOptions } from "../../plugin-options"

type Undo = { bundle_ids: string[]; item_ids: string[]; flag_id?: string } | null

type OrderRow = {
  id: string
  cart?: { id: string } | null
  items?: ({
    id: string
    variant_id: string | null
    unit_price: number
    detail?: { quantity: number } | null
  } | null)[] | null
}

export type RecordedOrder = {
  order_id: string
  cart_id: string | null
  bundle_ids: string[]
  problems: string[]
}

/**
 * Ties a placed order to the bundles of its cart: the order's id on each
 * bundle, each item's order line, and a flag with what differed when the
 * cart broke the bundle rules (the same check as at completion). Compensation
 * unties them.
 */
export const recordOrderRoutineBundlesStep = createStep(
  "record-order-routine-bundles",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { data: [found] } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "cart.id",
        "items.id",
        "items.variant_id",
        "items.unit_price",
        "items.detail.quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = found as OrderRow | undefined
    const cartId = order?.cart?.id ?? null
    if (!order || !cartId || !(await cartHasRoutineBundles(container, cartId))) {
      const nothing: RecordedOrder = { order_id: input.order_id, cart_id: cartId, bundle_ids: [], problems: [] }
      return new StepResponse(nothing, null as Undo)
    }
    // The cart outlives its completion: its lines still say which were
    // custom-priced, which the order's lines no longer do.
    const state = await loadCartBundleState(container, cartId)
    const bundles = state.bundles
    const lines: OrderLine[] = compact(order.items ?? []).map((l) => ({
      id: l.id,
      variant_id: l.variant_id ?? null,
      quantity: Number(l.detail?.quantity ?? 0),
      unit_price: Number(l.unit_price),
    }))
    const matched = matchOrderLines(lines, bundles)
    const links = matched.links
    const problems = [
      ...invariantViolations(
        { currency_code: state.context.currency_code, lines: state.lines },
        bundles,
        pluginOptions().default_promotion_policy
      ),
      ...matched.problems,
    ]
    if (bundles.length) {
      await service.updateRoutineBundles(bundles.map((b) => ({ id: b.id, order_id: order.id })))
    }
    if (links.length) {
      await service.updateRoutineBundleItems(
        links.map((l) => ({ id: l.item_id, order_line_item_id: l.order_line_item_id }))
      )
    }
    const [flag] = problems.length
      ? await service.createRoutineOrderFlags([{ order_id: order.id, cart_id: cartId, problems }])
      : []
    const recorded: RecordedOrder = { order_id: order.id, cart_id: cartId, bundle_ids: bundles.map((b) => b.id), problems }
    const undo: Undo = { bundle_ids: recorded.bundle_ids, item_ids: links.map((l) => l.item_id), flag_id: flag?.id }
    return new StepResponse(recorded, undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    if (undo.flag_id) {
      await service.deleteRoutineOrderFlags([undo.flag_id])
    }
    if (undo.item_ids.length) {
      await service.updateRoutineBundleItems(undo.item_ids.map((id) => ({ id, order_line_item_id: null })))
    }
    if (undo.bundle_ids.length) {
      await service.updateRoutineBundles(undo.bundle_ids.map((id) => ({ id, order_id: null })))
    }
  }
)
