"use server"

import type {
  RoutineBundleChoice,
  StoreUpdateRoutineBundleRequest,
} from "medusa-plugin-routine-bundles/store"
import { revalidatePath } from "next/cache"
import { attempt, bundlesClient, deleteLineItem, getOrCreateCart, requireCart } from "../host"
import { quoteRoutine } from "./routines"

// The header's count and the cart drawer are on every page.
const refresh = () => revalidatePath("/", "layout")

/** The bundle the store would build for this choice now, priced; nothing is written. */
export async function requoteRoutine(routineId: string, choice: RoutineBundleChoice) {
  return attempt(() => quoteRoutine(routineId, choice))
}

/** Puts the routine in the cart as one bundle, priced again on the server. */
export async function addRoutineToCart(routineId: string, choice: RoutineBundleChoice) {
  return attempt(async () => {
    const cart = await getOrCreateCart()
    await bundlesClient().cart.addBundle(cart.id, { routine_id: routineId, ...choice })
    refresh()
  })
}

/** Quantity, a swapped product (`selections`) or the steps left out, through the bundle route. */
export async function updateCartBundle(bundleId: string, change: StoreUpdateRoutineBundleRequest) {
  return attempt(async () => {
    const cart = await requireCart()
    await bundlesClient().cart.updateBundle(cart.id, bundleId, change)
    refresh()
  })
}

export async function removeCartBundle(bundleId: string) {
  return attempt(async () => {
    const cart = await requireCart()
    await bundlesClient().cart.removeBundle(cart.id, bundleId)
    refresh()
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
