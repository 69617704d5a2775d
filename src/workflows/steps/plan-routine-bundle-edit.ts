import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BundleItemReason, RoutineBundleChoice } from "../../types"
import { planEdit } from "../utils/cart-bundle-plan"
import type { BundleRecord, CartBundleState } from "../utils/cart-bundle-state"
import { RoutineConflictError } from "../utils/errors"
import { loadRoutineBundleData, quoteFromData, type RoutineBundleData } from "../utils/routine-bundle-data"
import { assertBundleComplete, policyFor } from "./plan-routine-bundle-add"

export type PlanRoutineBundleEditInput = {
  state: CartBundleState
  bundle_id: string
  change: RoutineBundleChoice
}

export const findCartBundle = (state: CartBundleState, bundleId: string) => {
  const bundle = state.bundles.find((b) => b.id === bundleId)
  if (!bundle) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Routine bundle with id: ${bundleId} was not found in cart ${state.cart_id}`
    )
  }
  return bundle
}

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
    skip_steps: change.skip_steps ?? [...skipped],
    selections: {
      ...Object.fromEntries(current.map((item) => [item.care_step_id, item.variant_id])),
      ...change.selections,
    },
  }
}

/**
 * Under the cart's lock: the bundle as the shopper now wants it, priced
 * again from today's routine and prices (an edit is a new choice), checked
 * complete (409 naming the steps), and the plan that changes it in place.
 */
export const planRoutineBundleEditStep = createStep(
  "plan-routine-bundle-edit",
  async (input: PlanRoutineBundleEditInput, { container }) => {
    const bundle = findCartBundle(input.state, input.bundle_id)
    const quantity = input.change.quantity ?? bundle.quantity
    const data = await loadRoutineBundleData(container, {
      routine_id: bundle.routine_id,
      symptoms: input.change.symptoms ?? bundle.symptom_ids,
      // The bundle's own reasons may name a symptom deleted since.
      unknown_symptoms: input.change.symptoms ? "refuse" : "drop",
      quantity,
      context: input.state.context,
    }).catch((e) => {
      if (e instanceof MedusaError && e.type === MedusaError.Types.NOT_FOUND) {
        throw new RoutineConflictError(
          `The routine of bundle ${bundle.id} is no longer offered: the bundle can only be removed`
        )
      }
      throw e
    })
    const choice = choiceFor(bundle, data, input.change)
    const quote = quoteFromData(data, input.state.context, choice)
    // A product kept from the bundle keeps the reason it was chosen for.
    const swapped = new Set(Object.keys(input.change.selections ?? {}))
    quote.items = quote.items.map((item) => {
      const before = bundle.items.find((i) => i.care_step_id === item.step.id)
      const kept =
        before?.variant_id === item.variant.id &&
        item.reason === "selection" &&
        !swapped.has(item.step.id) &&
        !swapped.has(item.step.handle)
      return kept ? { ...item, reason: before!.reason as BundleItemReason } : item
    })
    assertBundleComplete(quote)
    return new StepResponse(planEdit(input.state, bundle, quote, await policyFor(container, input.state, bundle.id, quote)))
  }
)
