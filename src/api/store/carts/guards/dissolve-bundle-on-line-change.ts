import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../../../modules/routine"
import type RoutineModuleService from "../../../../modules/routine/service"
import { dissolveCartRoutineBundlesWorkflow } from "../../../../workflows/dissolve-cart-routine-bundles"

/**
 * Runs before core's POST and DELETE /store/carts/:id/line-items/:line_id.
 * Removing a bundle line or changing its quantity dissolves its bundle: all
 * its lines go back to regular prices, then core applies the change as
 * usual. A body that keeps the quantity (a metadata update) changes nothing
 * about the bundle.
 */
export const dissolveBundleOnLineChange = async (
  req: MedusaStoreRequest<{ quantity?: number }>,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const { id: cartId, line_id: lineId } = req.params
  const [bundleItem] = await req.scope
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listRoutineBundleItems({ line_item_id: lineId }, { take: 1 })
  if (!bundleItem) {
    return next()
  }
  if (req.method === "POST") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [line] } = await query.graph({
      entity: "line_item",
      fields: ["id", "quantity"],
      filters: { id: lineId, cart_id: cartId },
    })
    if (line && Number(line.quantity) === req.validatedBody.quantity) {
      return next()
    }
  }
  await dissolveCartRoutineBundlesWorkflow(req.scope).run({
    input: { cart_id: cartId, line_item_ids: [lineId] },
  })
  next()
}
