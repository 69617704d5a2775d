// Compiled by the package suite in strict mode against the PACKED client
// package, installed alone in an empty project: a storefront's imports, under
// each module resolution and an ES5 target. Not run: only its types are the test.
import Medusa from "@medusajs/js-sdk"
import {
  cartBusyRetryAfter,
  describeDiscount,
  retryWhenCartBusy,
  routineBundles,
  RoutineBundlesError,
  type CartRoutineBundle,
  type RoutineBundlesClient,
  type RoutineQuote,
} from "medusa-plugin-routine-bundles-client"
import {
  DISCOUNT_TYPES,
  type DiscountType,
  type RoutineSubscription,
  type StoreRoutine,
  type SubscriptionStatus,
  type UnavailableStep,
} from "medusa-plugin-routine-bundles-client/types"

const sdk = new Medusa({ baseUrl: "http://localhost:9000", publishableKey: "pk_test" })
const bundles: RoutineBundlesClient = routineBundles(sdk, { busyCartRetryMaxWaitSeconds: 5 })

export async function everyClientFunction(cartId: string, regionId: string): Promise<number> {
  const { routines, count } = await bundles.routines.list({ q: "barrier", limit: 10, region_id: regionId })
  const { routine }: { routine: StoreRoutine } = await bundles.routines.retrieve(routines[0].handle, { region_id: regionId })
  const { quote }: { quote: RoutineQuote } = await bundles.routines.quote(routine.id, { region_id: regionId, symptoms: ["redness"], quantity: 1 })
  const { routine_steps } = await bundles.routines.ofProduct(routine.steps[0].products[0].id)
  const { symptoms } = await bundles.symptoms.list()
  const added = await retryWhenCartBusy(() => bundles.cart.addBundle(cartId, { routine_id: routine.handle, symptoms: symptoms.map((s) => s.id) }))
  const bundle: CartRoutineBundle = added.routine_bundles[0]
  const cartTotal: number = added.cart.total
  await bundles.cart.updateBundle(cartId, bundle.id, { quantity: 2, skip_steps: [], selections: { [bundle.items[0].step.handle]: bundle.items[0].variant.id } })
  const { routine_bundles } = await bundles.cart.listBundles(cartId)
  const removed = await bundles.cart.removeBundle(cartId, bundle.id, { fields: "id,total" })
  const ordered = await bundles.orders.listBundles("order_1")
  const kind: DiscountType = DISCOUNT_TYPES.indexOf(routine.discount_type) >= 0 ? routine.discount_type : "percentage"
  const words: string = describeDiscount(quote.discount, (amount) => amount.toFixed(2))
  const { routine_subscriptions } = await bundles.subscriptions.list({ status: ["active", "paused"], limit: 5 })
  const mine: RoutineSubscription = (await bundles.subscriptions.retrieve(routine_subscriptions[0].id)).routine_subscription
  await bundles.subscriptions.update(mine.id, { interval_weeks: 6, selections: { cleanse: "variant_1" }, quantity: 2 })
  await bundles.subscriptions.skip(mine.id)
  await bundles.subscriptions.renew(mine.id)
  const { refill } = await bundles.subscriptions.refill(mine.id)
  const previewed = await bundles.subscriptions.previewCheckIn(mine.id, { symptoms: ["redness"] })
  const checked = await bundles.subscriptions.checkIn(mine.id, { symptoms: ["redness"] })
  const nextTotal: number = refill.total + previewed.refill.total + checked.refill.total
  await bundles.subscriptions.pause(mine.id)
  await bundles.subscriptions.resume(mine.id)
  const cancelled = await bundles.subscriptions.cancel(mine.id, { reason: "skin_improved", note: "Calm" })
  const status: SubscriptionStatus = cancelled.routine_subscription.status
  try {
    await bundles.cart.addBundle(cartId, { routine_id: "x", quantity: 55 })
  } catch (error) {
    const wait: number | undefined = cartBusyRetryAfter(error)
    if (error instanceof RoutineBundlesError && error.status === 409) {
      const steps: UnavailableStep[] = error.unavailable_steps || []
      return steps.length + (wait || 0)
    }
  }
  return nextTotal + status.length + (mine.orders || []).length + count + quote.total + cartTotal + routine_steps.length + routine_bundles.length + Number(removed.deleted) + ordered.routine_bundles.length + kind.length + words.length
}
