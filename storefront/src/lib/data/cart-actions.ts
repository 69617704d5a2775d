"use server"

import { retryWhenCartBusy } from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { attempt } from "../util/action-result"
import { sdk } from "../config"
import { getOrSetCart, requireCart, retrieveCart } from "./cart"
import { getRegion } from "./regions"

/** Every page shows the cart (header, drawer): re-render them all after a change. */
const refresh = () => revalidatePath("/", "layout")

export async function addToCart(countryCode: string, variantId: string, quantity: number) {
  return attempt(async () => {
    const cart = await getOrSetCart(countryCode)
    await (await sdk()).store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
    refresh()
  })
}

// Core's cart routes below run the plugin's cart rules when the cart holds a
// bundle: a cart busy with another change answers 409 and is retried once.

/**
 * Core's line routes. On a line of a routine bundle the plugin dissolves the
 * bundle (its other lines go back to regular price): the UI asks first.
 */
export async function updateLineItem(lineId: string, quantity: number) {
  return attempt(async () => {
    const cart = await requireCart()
    await retryWhenCartBusy(async () => (await sdk()).store.cart.updateLineItem(cart.id, lineId, { quantity }))
    refresh()
  })
}

export async function deleteLineItem(lineId: string) {
  return attempt(async () => {
    const cart = await requireCart()
    await retryWhenCartBusy(async () => (await sdk()).store.cart.deleteLineItem(cart.id, lineId))
    refresh()
  })
}

/**
 * The header's region (currency) switch, as dtc-starter's updateRegion: the
 * cart moves to the new country's region through core's cart update, where
 * the plugin re-prices every bundle in the new currency; then the shopper
 * lands on the same page under the new country code.
 */
export async function updateRegion(countryCode: string, currentPath: string) {
  const result = await attempt(async () => {
    const [cart, region] = await Promise.all([retrieveCart(), getRegion(countryCode)])
    if (!region) throw new Error(`No region sells to the country "${countryCode}"`)
    if (cart && cart.region_id !== region.id) {
      await retryWhenCartBusy(async () => (await sdk()).store.cart.update(cart.id, { region_id: region.id }))
    }
    refresh()
  })
  if (!result.ok) return result
  redirect(`/${countryCode}${currentPath}`)
}
