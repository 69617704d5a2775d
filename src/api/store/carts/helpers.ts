import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { StoreCartRoutineBundlesResponse } from "../../../types"
import { ROUTINE_MODULE } from "../../../modules/routine"
import type RoutineModuleService from "../../../modules/routine/service"
import { listCartRoutineBundles } from "../../utils/cart-routine-bundles"

export const assertCartExists = async (scope: MedusaContainer, cartId: string) => {
  const { data: [cart] } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
}

/** Whether the cart holds a bundle now: a cart that does not is core's cart, left to core's routes alone. */
export const cartHasRoutineBundles = async (scope: MedusaContainer, cartId: string) => {
  const [, count] = await scope
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listAndCountRoutineBundles({ cart_id: cartId }, { select: ["id"], take: 1 })
  return count > 0
}

/** The answer of every cart route of the plugin: the cart as core's routes show it, and its bundles. */
export const cartWithRoutineBundles = async (
  req: MedusaStoreRequest,
  cartId: string
): Promise<StoreCartRoutineBundlesResponse> => {
  const [cart, routine_bundles] = await Promise.all([
    refetchCart(cartId, req.scope, req.queryConfig.fields),
    listCartRoutineBundles(req.scope, { cart_id: cartId }),
  ])
  return { cart: cart as HttpTypes.StoreCart, routine_bundles }
}
