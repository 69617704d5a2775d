import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getCartId, setCartId } from "./cookies"
import { getCurrentRegion } from "./regions"

// Everything the cart page, the drawer and checkout show; `*`/`+` add to
// core's default fields (which include the totals).
const CART_FIELDS = [
  "*items",
  "+items.metadata",
  "+items.compare_at_unit_price",
  "*items.variant",
  "*items.product",
  "*region",
  "*region.countries",
  "*shipping_address",
  "*shipping_methods",
  "*payment_collection",
].join(",")

/** The shopper's open cart (once per request), or null: none yet, gone, or already an order. */
export const getCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  if (!id) return null
  const cart = await sdk()
    .store.cart.retrieve(id, { fields: CART_FIELDS })
    .then(({ cart }) => cart)
    .catch(() => null)
  return cart && !cart.completed_at ? cart : null
})

/** The open cart, or a new one in the shopper's region (its id goes to the httpOnly cookie). */
export const getOrCreateCart = async () => {
  const existing = await getCart()
  if (existing) return existing
  const region = await getCurrentRegion()
  const { cart } = await sdk().store.cart.create({ region_id: region.id }, { fields: CART_FIELDS })
  await setCartId(cart.id)
  return cart
}

/** The open cart a change applies to; a shopper whose cart is gone is told so. */
export const requireCart = async () => {
  const cart = await getCart()
  if (!cart) throw new Error("Your cart has expired: add the products again")
  return cart
}
