import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreUpdateRoutineBundleRequest } from "../types"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { loadPromotionOptionsStep } from "./steps/load-promotion-options"
import { loadRoutineBundleDataStep } from "./steps/load-routine-bundle-data"
import { releaseCartLockStep } from "./steps/release-cart-lock"
import { editedBundleQuote } from "./utils/bundle-edit"
import { planEdit, quoteCandidate } from "./utils/cart-bundle-plan"
import { findCartBundle } from "./utils/cart-bundle-state"
import { assertOneSubscribedBundlePerRoutine } from "./utils/subscribed-bundles"

export type UpdateCartRoutineBundleInput = StoreUpdateRoutineBundleRequest & {
  cart_id: string
  /**
   * The request's signed-in customer: the cart's customer's groups count for
   * routines sold to some groups only when the cart is theirs (contextOfCart).
   */
  auth_customer_id?: string
  bundle_id: string
  additional_data?: Record<string, unknown>
}

export const updateCartRoutineBundleWorkflowId = "update-cart-routine-bundle"

/**
 * Changes a bundle in a cart without losing it: its quantity, a step's
 * product swapped for another candidate, steps left out or taken back, or
 * new symptoms. Under the cart's lock it reads the cart, the bundle's
 * routine (prices and stock for this shopper) and the cart's promotions
 * once each, decides the new bundle and the plan in pure code (404 for a
 * bundle not in the cart, 409 for one that can no longer be complete or
 * whose routine is gone, or a second subscribed bundle of its routine), and applies the plan all or nothing; the bundle
 * keeps its id.
 */
export const updateCartRoutineBundleWorkflow = createWorkflow(
  updateCartRoutineBundleWorkflowId,
  (input: UpdateCartRoutineBundleInput) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id, auth_customer_id: input.auth_customer_id })
    const bundle = transform({ state, input }, ({ state, input }) => findCartBundle(state, input.bundle_id))
    const data = loadRoutineBundleDataStep(
      transform({ state, bundle, input }, ({ state, bundle, input }) => ({
        routine_id: bundle.routine_id,
        symptoms: input.symptoms ?? bundle.symptom_ids,
        // The bundle's own reasons may name a symptom deleted since.
        unknown_symptoms: input.symptoms ? ("refuse" as const) : ("drop" as const),
        quantity: input.quantity ?? bundle.quantity,
        context: state.context,
        bundle_id: bundle.id,
      }))
    )
    const quote = transform({ state, bundle, data, input }, ({ state, bundle, data, input }) =>
      editedBundleQuote(bundle, data, state.context, {
        symptoms: input.symptoms,
        selections: input.selections,
        skip_steps: input.skip_steps,
        quantity: input.quantity,
        subscription_interval_weeks: input.subscription_interval_weeks,
      })
    )
    const options = loadPromotionOptionsStep({
      state,
      candidates: transform({ bundle, quote }, ({ bundle, quote }) => [quoteCandidate(quote, bundle.id)]),
    })
    const plan = transform({ state, bundle, quote, options }, ({ state, bundle, quote, options }) => {
      // Switching a bundle to a subscription: the cart's other bundles of the routine must not be subscribed.
      assertOneSubscribedBundlePerRoutine([
        ...state.bundles.filter((b) => b.id !== bundle.id),
        { ...bundle, subscription_interval_weeks: quote.subscription_interval_weeks },
      ])
      return planEdit(state, bundle, quote, options)
    })
    applyCartBundlePlanWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        plan,
        state,
      },
    })
    const routineBundleUpdated = createHook("routineBundleUpdated", {
      cart_id: input.cart_id,
      bundle_id: input.bundle_id,
      additional_data: input.additional_data,
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse({ id: input.bundle_id }, { hooks: [routineBundleUpdated] })
  }
)
