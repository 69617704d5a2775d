import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import type { StoreCartRoutineBundlesResponse } from "../../../types"
import { listCartRoutineBundles } from "../../utils/cart-routine-bundles"
import { inShopperLanguage } from "../utils/locale"

export const assertCartExists = async (scope: MedusaContainer, cartId: string) => {
  const { data: [cart] } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "cart", fields: ["id"], filters: { id: cartId } })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
}

/**
 * The answer of every cart route of the plugin: the cart as core's routes
 * show it (core's add-to-cart writes its lines in the cart's `locale`), and
 * its bundles in the request's language.
 */
export const cartWithRoutineBundles = async (
  req: MedusaStoreRequest,
  cartId: string
): Promise<StoreCartRoutineBundlesResponse> => {
  const [cart, routine_bundles] = await Promise.all([
    refetchCart(cartId, req.scope, req.queryConfig.fields),
    listCartRoutineBundles(req.scope, { cart_id: cartId }).then((bundles) => inShopperLanguage(req, bundles)),
  ])
  return { cart: cart as HttpTypes.StoreCart, routine_bundles }
}
