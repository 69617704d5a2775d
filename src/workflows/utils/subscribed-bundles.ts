import { RoutineConflictError } from "./errors"

type CartBundle = { id: string; routine_id: string; subscription_interval_weeks: number | null }

/**
 * One subscribed bundle per routine per cart: the order starts one
 * subscription per routine, so a second subscribed bundle of it would be
 * discounted as a subscription and start none. A 409 naming the bundle
 * already subscribed, whose quantity the shopper changes instead. Checked
 * on the cart's bundles as they would be after an add or an edit, under the
 * cart's lock, and again at completion.
 */
export const assertOneSubscribedBundlePerRoutine = (bundles: CartBundle[]) => {
  const subscribed = bundles.filter((b) => b.subscription_interval_weeks != null)
  for (const bundle of subscribed) {
    const first = subscribed.find((b) => b.routine_id === bundle.routine_id)!
    if (first.id !== bundle.id) {
      throw new RoutineConflictError(
        `The cart already holds a subscription to this routine (bundle ${first.id}): a cart takes one subscribed bundle per routine. Change that bundle's quantity, or buy this one once (subscription_interval_weeks: null)`
      )
    }
  }
}
