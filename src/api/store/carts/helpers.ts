import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { StoreCartRoutineBundlesResponse } from "../../../types"
import { listCartRoutineBundles } from "../../utils/cart-routine-bundles"

export const assertCartExists = async (scope: MedusaContainer, cartId: string) => {
  const { data: [cart] } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
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
