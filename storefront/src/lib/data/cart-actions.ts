"use server"

import { retryWhenCartBusy } from "medusa-plugin-routine-bundles/store"
import { revalidatePath } from "next/cache"
import { attempt } from "../util/action-result"
import { sdk } from "../config"
import { getCart, getOrCreateCart, requireCart } from "./cart"
import { setRegionId } from "./cookies"

/** Every page shows the cart (header, drawer): re-render them all after a change. */
const refresh = () => revalidatePath("/", "layout")

export async function addToCart(variantId: string, quantity: number) {
  return attempt(async () => {
    const cart = await getOrCreateCart()
    await sdk().store.cart.createLineItem(cart.id, { variant_id: variantId, quantity })
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
    await retryWhenCartBusy(() => sdk().store.cart.updateLineItem(cart.id, lineId, { quantity }))
    refresh()
  })
}

export async function deleteLineItem(lineId: string) {
  return attempt(async () => {
    const cart = await requireCart()
    await retryWhenCartBusy(() => sdk().store.cart.deleteLineItem(cart.id, lineId))
    refresh()
  })
}

/**
 * The header's region (currency) switch. The cart moves with it through
 * core's cart update, where the plugin re-prices every bundle in the new
 * currency.
 */
export async function switchRegion(regionId: string) {
  return attempt(async () => {
    const cart = await getCart()
    if (cart && cart.region_id !== regionId) {
      await retryWhenCartBusy(() => sdk().store.cart.update(cart.id, { region_id: regionId }))
    }
    await setRegionId(regionId)
    refresh()
  })
}
