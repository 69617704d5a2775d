import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { pluginOptions } from "../../../plugin-options"
import { orderChangeViolations, type ChangedOrderLine } from "../../../workflows/utils/order-bundle-check"
import { loadOrderBundleState } from "../../../workflows/utils/order-bundle-state"
import { withRoutineErrors } from "../../utils/route-errors"

type PreviewItem = {
  id: string
  quantity?: unknown
  unit_price?: unknown
  detail?: { quantity?: unknown } | null
  adjustments?: ({ id?: string; amount?: unknown; code?: string | null } | null)[] | null
}

/** The order a change belongs to; undefined for an unknown change (core answers its own 404). */
type OrderOfChange = (scope: MedusaContainer, id: string) => Promise<string | undefined>

const orderOf =
  (entity: "return" | "order_exchange" | "order_claim"): OrderOfChange =>
  async (scope, id) => {
    const { data: [change] } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity,
      fields: ["order_id"],
      filters: { id },
    })
    return (change as { order_id?: string } | undefined)?.order_id
  }

/**
 * Before core confirms an order change (or sends an edit to the shopper),
 * Medusa's own preview of the order after it is checked against the
 * order's routine bundles (`orderChangeViolations`). A change that would
 * break one answers 409 with the figures and leaves the change pending, as
 * it was. Orders without bundles go straight to core.
 */
const guardOrderChange = (order: OrderOfChange) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const orderId = await order(req.scope, req.params.id)
    const state = orderId && (await loadOrderBundleState(req.scope, orderId))
    if (!orderId || !state || !state.bundles.length) {
      return next()
    }
    const preview = await req.scope.resolve(Modules.ORDER).previewOrderChange(orderId)
    const lines: ChangedOrderLine[] = ((preview.items ?? []) as PreviewItem[]).map((item) => ({
      id: item.id,
      quantity: Number(item.detail?.quantity ?? item.quantity ?? 0),
      unit_price: Number(item.unit_price),
      adjustments: item.adjustments?.flatMap((a) =>
        a ? [{ id: a.id ?? "", amount: Number(a.amount), code: a.code ?? null }] : []
      ),
    }))
    const problems = orderChangeViolations(lines, state.bundles, pluginOptions().default_promotion_policy)
    if (problems.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `This order change would break a routine bundle, so nothing was confirmed: ${problems.join("; ")}.`
      )
    }
    next()
  })

const byOrderId: OrderOfChange = async (_scope, id) => id

/** Where an order change commits money: an edit requested or confirmed, a return, an exchange or a claim confirmed. */
export const orderChangeGuards: MiddlewareRoute[] = [
  { methods: ["POST"], matcher: "/admin/order-edits/:id/request", middlewares: [guardOrderChange(byOrderId)] },
  { methods: ["POST"], matcher: "/admin/order-edits/:id/confirm", middlewares: [guardOrderChange(byOrderId)] },
  { methods: ["POST"], matcher: "/admin/returns/:id/request", middlewares: [guardOrderChange(orderOf("return"))] },
  { methods: ["POST"], matcher: "/admin/returns/:id/receive/confirm", middlewares: [guardOrderChange(orderOf("return"))] },
  { methods: ["POST"], matcher: "/admin/exchanges/:id/request", middlewares: [guardOrderChange(orderOf("order_exchange"))] },
  { methods: ["POST"], matcher: "/admin/claims/:id/request", middlewares: [guardOrderChange(orderOf("order_claim"))] },
]
