import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getI18n } from "../i18n/server"
import { sdk } from "../config"
import { getCartId, setCartId } from "./cookies"
import { getRegion } from "./regions"

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

/** The shopper's open cart (once per request), or null: none yet, gone, or already an order. As dtc-starter's retrieveCart(). */
export const retrieveCart = cache(async (): Promise<HttpTypes.StoreCart | null> => {
  const id = await getCartId()
  if (!id) return null
  const cart = await (await sdk())
    .store.cart.retrieve(id, { fields: CART_FIELDS })
    .then(({ cart }) => cart)
    .catch(() => null)
  return cart && !cart.completed_at ? cart : null
})

/**
 * The open cart in the country's region, or a new one there (its id goes to
 * the httpOnly cookie); a cart from another region moves to this one, which
 * the plugin answers by re-pricing its bundles. As dtc-starter's getOrSetCart(countryCode).
 */
export const getOrSetCart = async (countryCode: string) => {
  const region = await getRegion(countryCode)
  if (!region) throw new Error(`No region sells to the country "${countryCode}"`)
  const existing = await retrieveCart()
  if (!existing) {
    const { cart } = await (await sdk()).store.cart.create({ region_id: region.id }, { fields: CART_FIELDS })
    await setCartId(cart.id)
    return cart
  }
  if (existing.region_id !== region.id) {
    const { cart } = await (await sdk()).store.cart.update(existing.id, { region_id: region.id }, { fields: CART_FIELDS })
    return cart
  }
  return existing
}

/**
 * What a cart change must refresh besides the pages (which the actions
 * revalidate): nothing here, since this storefront reads the cart uncached on
 * every request. dtc-starter caches it under its "carts" tag and revalidates that.
 */
export const revalidateCart = async () => {}

/** The open cart a change applies to; a shopper whose cart is gone is told so. */
export const requireCart = async () => {
  const cart = await retrieveCart()
  if (!cart) throw new Error((await getI18n()).t.cart.expired)
  return cart
}
