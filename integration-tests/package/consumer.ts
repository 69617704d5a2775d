// Compiled by the package suite in strict mode against the PACKED plugin's
// type declarations, as a merchant's storefront and app would import them.
import Medusa from "@medusajs/js-sdk"
import { routineBundles, RoutineBundlesError, type CartRoutineBundle, type RoutineQuote } from "medusa-plugin-routine-bundles/store"
import type { DiscountType, StoreRoutine, UnavailableStep } from "medusa-plugin-routine-bundles/types"
import {
  addRoutineBundleToCartWorkflow,
  buildRoutineBundleWorkflow,
  refreshCartRoutineBundlesWorkflow,
  validateCartRoutineBundles,
} from "medusa-plugin-routine-bundles/workflows"

const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" })
const bundles = routineBundles(sdk)

export async function everyClientFunction(cartId: string, regionId: string): Promise<number> {
  const { routines, count } = await bundles.routines.list({ q: "barrier", limit: 10 })
  const { routine }: { routine: StoreRoutine } = await bundles.routines.retrieve(routines[0].handle, { region_id: regionId, fields: "+steps.products.description" })
  const { quote }: { quote: RoutineQuote } = await bundles.routines.quote(routine.id, { region_id: regionId, symptoms: ["redness"], quantity: 1 })
  const { routine_steps } = await bundles.routines.ofProduct(routine.steps[0].products[0].id)
  const { symptoms } = await bundles.symptoms.list()
  const added = await bundles.cart.addBundle(cartId, { routine_id: routine.handle, symptoms: symptoms.map((s) => s.id) })
  const bundle: CartRoutineBundle = added.routine_bundles[0]
  await bundles.cart.updateBundle(cartId, bundle.id, { quantity: 2, skip_steps: [], selections: { [bundle.items[0].step.handle]: bundle.items[0].variant.id } })
  const { routine_bundles } = await bundles.cart.listBundles(cartId)
  const removed = await bundles.cart.removeBundle(cartId, bundle.id, { fields: "id,total" })
  const ordered = await bundles.orders.listBundles("order_1")
  const kind: DiscountType = routine.discount_type
  try {
    await bundles.cart.addBundle(cartId, { routine_id: "x", quantity: 55 })
  } catch (error) {
    if (error instanceof RoutineBundlesError && error.status === 409) {
      const steps: UnavailableStep[] = error.unavailable_steps ?? []
      return steps.length
    }
  }
  return count + quote.total + routine_steps.length + routine_bundles.length + Number(removed.deleted) + ordered.routine_bundles.length + kind.length
}

export const workflows = [addRoutineBundleToCartWorkflow, buildRoutineBundleWorkflow, refreshCartRoutineBundlesWorkflow]
export const check: typeof validateCartRoutineBundles = validateCartRoutineBundles
