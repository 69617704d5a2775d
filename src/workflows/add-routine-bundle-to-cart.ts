import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { StoreAddRoutineBundleRequest } from "../types"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { buildRoutineBundleWorkflow } from "./build-routine-bundle"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { loadPromotionOptionsStep } from "./steps/load-promotion-options"
import { planRoutineBundleAddStep } from "./steps/plan-routine-bundle-add"
import { releaseCartLockStep } from "./steps/release-cart-lock"
import { quoteCandidate } from "./utils/cart-bundle-plan"

export type AddRoutineBundleToCartInput = StoreAddRoutineBundleRequest & {
  cart_id: string
  /**
   * The request's signed-in customer: the cart's customer's groups count for
   * routines sold to some groups only when the cart is theirs (contextOfCart).
   */
  auth_customer_id?: string
  additional_data?: Record<string, unknown>
}

export const addRoutineBundleToCartWorkflowId = "add-routine-bundle-to-cart"

/**
 * Builds a bundle for the cart (its region, currency, channel, address,
 * customer and groups) and adds it as one new bundle: a record in our table
 * and one custom-priced line per step. As core's add-to-cart does, it takes
 * the cart's lock first and reads the cart once under it, so the bundle is
 * priced from the cart and the routine's offer as they are when it is
 * written: nothing decided before the lock needs checking again. An
 * incomplete bundle is a 409 naming the steps; any failure, including in a
 * `routineBundleBuilt` or `routineBundleAdded` handler, leaves the cart and
 * our tables as they were.
 */
export const addRoutineBundleToCartWorkflow = createWorkflow(
  addRoutineBundleToCartWorkflowId,
  (input: AddRoutineBundleToCartInput) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id, auth_customer_id: input.auth_customer_id })
    const quote = buildRoutineBundleWorkflow.runAsStep({
      input: transform({ input, state }, ({ input, state }) => ({
        routine_id: input.routine_id,
        symptoms: input.symptoms,
        selections: input.selections,
        skip_steps: input.skip_steps,
        quantity: input.quantity,
        subscription_interval_weeks: input.subscription_interval_weeks,
        cart_id: input.cart_id,
        context: state.context,
        additional_data: input.additional_data,
      })),
    })
    const options = loadPromotionOptionsStep({
      state,
      candidates: transform({ quote }, ({ quote }) => [quoteCandidate(quote)]),
    })
    const plan = planRoutineBundleAddStep({ state, quote, options })
    applyCartBundlePlanWorkflow.runAsStep({
      input: {
        cart_id: input.cart_id,
        plan,
        state,
      },
    })
    const bundle = transform({ plan }, ({ plan }) => ({ id: plan.bundle_writes[0].id }))

    const routineBundleAdded = createHook("routineBundleAdded", {
      cart_id: input.cart_id,
      bundle_id: bundle.id,
      quote,
      additional_data: input.additional_data,
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse(bundle, { hooks: [routineBundleAdded] })
  }
)
