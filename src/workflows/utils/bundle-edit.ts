import type { BundleItemReason, RoutineBundleChoice } from "../../types"
import { assertBundleComplete } from "./assert-bundle-complete"
import type { BundleContext } from "./bundle-context"
import { offeredIntervals } from "./bundle-terms"
import type { BundleRecord } from "./cart-bundle-state"
import { RoutineConflictError } from "./errors"
import { quoteFromData, type RoutineBundleData } from "./routine-bundle-quote"
import type { PricedRoutineBundle } from "./routine-quote"

/**
 * The bundle's interval as the routine's offer today allows it: one the
 * routine stopped offering since it was chosen is a 409 the shopper settles
 * by choosing again. An edit keeps it (intervalFor); completion checks it,
 * as a subscription it could not renew must not start.
 */
export const offeredIntervalOf = (
  bundle: Pick<BundleRecord, "subscription_interval_weeks">,
  routine: Parameters<typeof offeredIntervals>[0]
) => {
  const kept = bundle.subscription_interval_weeks
  if (kept != null && !offeredIntervals(routine).includes(kept)) {
    throw new RoutineConflictError(
      `The routine no longer offers a refill every ${kept} weeks: choose another subscription_interval_weeks, or null to buy it once`
    )
  }
  return kept
}

/** The bundle's purchase after the edit: as asked (null: once), else as it was, if still offered. */
const intervalFor = (bundle: BundleRecord, data: RoutineBundleData, change: RoutineBundleChoice) =>
  change.subscription_interval_weeks !== undefined ? change.subscription_interval_weeks : offeredIntervalOf(bundle, data.routine)

/**
 * The choice that turns the bundle into what the shopper asks: steps keep
 * their product unless swapped (`selections`) or, with new `symptoms`,
 * chosen again for them; `skip_steps` replaces the steps left out. Picks of
 * steps or products the routine no longer has are chosen again.
 */
const choiceFor = (bundle: BundleRecord, data: RoutineBundleData, change: RoutineBundleChoice) => {
  const steps = data.routine.steps.filter(Boolean)
  const stepOf = (key: string) => steps.find((s) => s.id === key || s.handle === key)
  const skipped = change.skip_steps
    ? new Set(change.skip_steps.map((key) => stepOf(key)?.id ?? key))
    : new Set(steps.filter((s) => s.optional && !bundle.items.some((i) => i.care_step_id === s.id)).map((s) => s.id))
  const current = change.symptoms
    ? []
    : bundle.items.filter((item) => {
        const step = stepOf(item.care_step_id)
        return (
          step &&
          !skipped.has(step.id) &&
          (step.products ?? []).some((p) => p?.variants?.some((v) => v?.id === item.variant_id))
        )
      })
  return {
    quantity: change.quantity ?? bundle.quantity,
    subscription_interval_weeks: intervalFor(bundle, data, change),
    skip_steps: change.skip_steps ?? [...skipped],
    selections: {
      ...Object.fromEntries(current.map((item) => [item.care_step_id, item.variant_id])),
      ...change.selections,
    },
  }
}

/**
 * The bundle as the shopper now wants it, priced from today's routine and
 * prices (an edit is a new choice) and checked complete (409 naming the
 * steps). A product kept from the bundle keeps the reason it was chosen for.
 */
export const editedBundleQuote = (
  bundle: BundleRecord,
  data: RoutineBundleData,
  context: BundleContext,
  change: RoutineBundleChoice
): PricedRoutineBundle => {
  const quote = quoteFromData(data, context, choiceFor(bundle, data, change))
  const swapped = new Set(Object.keys(change.selections ?? {}))
  const edited = {
    ...quote,
    items: quote.items.map((item) => {
      const before = bundle.items.find((i) => i.care_step_id === item.step.id)
      const kept =
        before?.variant_id === item.variant.id &&
        item.reason === "selection" &&
        !swapped.has(item.step.id) &&
        !swapped.has(item.step.handle)
      return kept ? { ...item, reason: before!.reason as BundleItemReason } : item
    }),
  }
  assertBundleComplete(edited)
  return edited
}
