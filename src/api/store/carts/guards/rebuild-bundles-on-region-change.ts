import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import type { UpdateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { ROUTINE_MODULE } from "../../../../modules/routine"
import type RoutineModuleService from "../../../../modules/routine/service"
import { updateCartWithRoutineBundlesWorkflow } from "../../../../workflows/update-cart-with-routine-bundles"

/**
 * Runs before core's POST /store/carts/:id. Core deletes custom-priced lines
 * when the region changes, so for a cart with bundles and a new region this
 * answers the request itself: core's update plus the bundles rebuilt in the
 * new currency, in one workflow, with core's response shape. Any other update
 * goes on to core's handler.
 */
export const rebuildBundlesOnRegionChange = async (
  req: MedusaStoreRequest<Omit<UpdateCartWorkflowInputDTO, "id">>,
  res: MedusaResponse,
  next: MedusaNextFunction
) => {
  const cartId = req.params.id
  const regionId = req.validatedBody.region_id
  if (!regionId) {
    return next()
  }
  const bundles = await req.scope
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listRoutineBundles({ cart_id: cartId }, { select: ["id"], take: 1 })
  if (!bundles.length) {
    return next()
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "region_id"],
    filters: { id: cartId },
  })
  if (!cart || cart.region_id === regionId) {
    return next()
  }
  await updateCartWithRoutineBundlesWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: cartId },
  })
  const updated = await refetchCart(cartId, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart: updated })
}
