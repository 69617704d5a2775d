import "server-only"
import type { HttpTypes } from "@medusajs/types"
import type { CartRoutineBundle, RoutineBundleChoice, StoreRoutine } from "medusa-plugin-routine-bundles/store"
import { RoutineBundlesError } from "medusa-plugin-routine-bundles/store"
import { cache } from "react"
import { bundlesClient, getCart, getCurrentRegion } from "../host"

/**
 * Where prices come from: the shopper's cart when there is one (its region,
 * address and customer, exactly as the bundle will be priced when added),
 * else the region they chose.
 */
export const pricingContext = async () => {
  const cart = await getCart()
  if (cart) return { cart_id: cart.id }
  return { region_id: (await getCurrentRegion()).id }
}

const orNullWhenMissing = <T>(error: unknown): T | null => {
  if (error instanceof RoutineBundlesError && error.status === 404) return null
  throw error
}

/** A published routine with its steps in order and each step's candidates, priced. */
export const getRoutine = cache(async (idOrHandle: string): Promise<StoreRoutine | null> =>
  bundlesClient()
    .routines.retrieve(idOrHandle, await pricingContext())
    .then(({ routine }) => routine)
    .catch(orNullWhenMissing<StoreRoutine>)
)

/** The bundle the store would build for this choice now, in the shopper's pricing context. */
export const quoteRoutine = async (routineId: string, choice: RoutineBundleChoice = {}) =>
  (await bundlesClient().routines.quote(routineId, { ...choice, ...(await pricingContext()) })).quote

/** The published routines, each saying whether the shopper can buy it in their pricing context (`sellable`). */
export const listRoutines = async (query: { id?: string[] } = {}) =>
  (await bundlesClient().routines.list({ limit: 20, ...query, ...(await pricingContext()) })).routines

export const listSymptoms = async () => (await bundlesClient().symptoms.list({ limit: 100 })).symptoms

/** The routines and steps a product is a candidate in. */
export const listProductRoutineSteps = async (productId: string) =>
  (await bundlesClient().routines.ofProduct(productId)).routine_steps

/**
 * The cart's bundles, and each bundle's routine (its steps' candidates are
 * what a shopper can swap to), read once per request for the header's
 * drawer and the cart page alike.
 */
export const getCartBundles = cache(
  async (cart: HttpTypes.StoreCart | null): Promise<{ bundles: CartRoutineBundle[]; routines: Record<string, StoreRoutine> }> => {
    if (!cart?.items?.length) return { bundles: [], routines: {} }
    const { routine_bundles: bundles } = await bundlesClient().cart.listBundles(cart.id)
    const routineIds = [...new Set(bundles.map((b) => b.routine.id))]
    const routines = await Promise.all(routineIds.map((id) => getRoutine(id)))
    return {
      bundles,
      routines: Object.fromEntries(routines.filter((r) => r !== null).map((r) => [r.id, r])),
    }
  }
)

/** The bundles an order was bought with, as they were in its cart. */
export const listOrderBundles = async (orderId: string) =>
  (await bundlesClient().orders.listBundles(orderId)).routine_bundles
