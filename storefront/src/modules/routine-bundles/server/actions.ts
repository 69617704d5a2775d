"use server"

import type {
  RoutineBundleChoice,
  StoreUpdateRoutineBundleRequest,
} from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { attempt, bundlesClient, deleteLineItem, getCart, getOrSetCart, revalidateCart } from "../host"
import { keepFinderVisit } from "./finder-visit"
import { quoteRoutine } from "./routines"

// The storefront's cached cart (its cache tag), and the header's count and
// cart drawer, which are on every page.
const refresh = async () => {
  await revalidateCart()
  revalidatePath("/", "layout")
}

/** The open cart a change applies to; a shopper whose cart is gone is told so. */
const requireCart = async () => {
  const cart = await getCart()
  if (!cart) throw new Error("Your cart has expired: add the products again")
  return cart
}

/** The bundle the store would build for this choice now, priced; nothing is written but the visit's cookie. */
export async function requoteRoutine(countryCode: string, routineId: string, visitId: string, choice: RoutineBundleChoice) {
  return attempt(async () => {
    await keepFinderVisit(visitId)
    return quoteRoutine(countryCode, routineId, visitId, choice)
  })
}

/** Puts the routine in the cart as one bundle, priced again on the server. */
export async function addRoutineToCart(countryCode: string, routineId: string, visitId: string, choice: RoutineBundleChoice) {
  return attempt(async () => {
    await keepFinderVisit(visitId)
    const cart = await getOrSetCart(countryCode)
    await (await bundlesClient()).cart.addBundle(cart.id, { routine_id: routineId, ...choice })
    await refresh()
  })
}

/** Quantity, a swapped product (`selections`) or the steps left out, through the bundle route. */
export async function updateCartBundle(bundleId: string, change: StoreUpdateRoutineBundleRequest) {
  return attempt(async () => {
    const cart = await requireCart()
    await (await bundlesClient()).cart.updateBundle(cart.id, bundleId, change)
    await refresh()
  })
}

export async function removeCartBundle(bundleId: string) {
  return attempt(async () => {
    const cart = await requireCart()
    await (await bundlesClient()).cart.removeBundle(cart.id, bundleId)
    await refresh()
  })
}

/**
 * One product out of a bundle, through core's line route: the plugin then
 * dissolves the bundle and its other lines go back to regular price (the UI
 * asks the shopper first).
 */
export async function removeBundleLine(lineId: string) {
  return deleteLineItem(lineId)
}
