import "server-only"
import type { StoreCart } from "medusa-plugin-routine-bundles-client/types"
import type { CartRoutineBundle, RoutineBundleChoice, StoreRoutine, StoreSymptomListResponse } from "medusa-plugin-routine-bundles-client"
import { RoutineBundlesError } from "medusa-plugin-routine-bundles-client"
import { cache } from "react"
import { bundlesClient, getCart, getRegion } from "../host"
import { unique } from "../lib/unique"

/**
 * Where prices come from: the region of the country in the URL; the
 * shopper's cart when it is in that region (its address and customer too,
 * exactly as the bundle will be priced when added).
 */
export const pricingContext = cache(async (countryCode: string) => {
  const [cart, region] = await Promise.all([getCart(), getRegion(countryCode)])
  if (!region) throw new Error(`No region sells to the country "${countryCode}"`)
  return cart?.region_id === region.id ? { cart_id: cart.id } : { region_id: region.id }
})

const orNullWhenMissing = <T>(error: unknown): T | null => {
  if (error instanceof RoutineBundlesError && error.status === 404) return null
  throw error
}

/** A published routine with its steps in order and each step's candidates, priced. */
export const getRoutine = cache(async (countryCode: string, idOrHandle: string): Promise<StoreRoutine | null> =>
  (await bundlesClient())
    .routines.retrieve(idOrHandle, await pricingContext(countryCode))
    .then(({ routine }) => routine)
    .catch(orNullWhenMissing<StoreRoutine>)
)

/** The bundle the store would build for this choice now, in the shopper's pricing context, counted in their finder visit. */
export const quoteRoutine = async (countryCode: string, routineId: string, visitId: string, choice: RoutineBundleChoice = {}) =>
  (await (await bundlesClient()).routines.quote(routineId, { ...choice, ...(await pricingContext(countryCode)), visit_id: visitId })).quote

/** The published routines, each saying whether the shopper can buy it in their pricing context (`sellable`). */
export const listRoutines = async (countryCode: string, query: { id?: string[] } = {}) =>
  (await (await bundlesClient()).routines.list({ limit: 20, ...query, ...(await pricingContext(countryCode)) })).routines

/** The symptoms the routine's products address: what its finder offers (none for a routine that is not there). */
export const listSymptoms = async (routine: string) =>
  (
    await (await bundlesClient())
      .symptoms.list({ routine_id: routine, limit: 100 })
      .catch(orNullWhenMissing<StoreSymptomListResponse>)
  )?.symptoms ?? []

/** The routines and steps a product is a candidate in. */
export const listProductRoutineSteps = async (productId: string) =>
  (await (await bundlesClient()).routines.ofProduct(productId)).routine_steps

/**
 * The cart's bundles, and each bundle's routine (its steps' candidates are
 * what a shopper can swap to), read once per request for the header's
 * drawer and the cart page alike.
 */
export const getCartBundles = cache(
  async (cart: StoreCart | null): Promise<{ bundles: CartRoutineBundle[]; routines: Record<string, StoreRoutine> }> => {
    if (!cart?.items?.length) return { bundles: [], routines: {} }
    const client = await bundlesClient()
    const { routine_bundles: bundles } = await client.cart.listBundles(cart.id)
    const routineIds = unique(bundles.map((b) => b.routine.id))
    // Priced for the cart, as a swap in it will be.
    const routines = await Promise.all(
      routineIds.map((id) =>
        client
          .routines.retrieve(id, { cart_id: cart.id })
          .then(({ routine }) => routine)
          .catch(orNullWhenMissing<StoreRoutine>)
      )
    )
    return {
      bundles,
      routines: Object.fromEntries(routines.filter((r) => r !== null).map((r) => [r.id, r])),
    }
  }
)

/** The bundles an order was bought with, as they were in its cart. */
export const listOrderBundles = async (orderId: string) =>
  (await (await bundlesClient()).orders.listBundles(orderId)).routine_bundles

/** An order's bundles, and its lines bought on their own: the plugin says which order line each bundle item became. */
export const getOrderBundles = async <Line extends { id: string }>(order: { id: string; items?: Line[] | null }) => {
  const bundles = await listOrderBundles(order.id)
  const bundled = new Set(bundles.flatMap((b) => b.items.map((i) => i.order_line_item_id)))
  return { bundles, lines: (order.items ?? []).filter((item) => !bundled.has(item.id)) }
}
