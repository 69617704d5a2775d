import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { applyCartBundlePlanWorkflow } from "./apply-cart-bundle-plan"
import { enforceBundlePromotionPolicyWorkflow } from "./enforce-bundle-promotion-policy"
import { adjustmentsByLine } from "./steps/load-bundle-line-adjustments"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { loadCartBundleStateStep } from "./steps/load-cart-bundle-state"
import { loadPromotionOptionsStep } from "./steps/load-promotion-options"
import { loadVariantOffersStep } from "./steps/load-variant-offers"
import { releaseCartLockStep } from "./steps/release-cart-lock"
import { emptyPlan, isEmptyPlan, planRefresh, refreshCandidates } from "./utils/cart-bundle-plan"

export type RefreshCartRoutineBundlesInput = {
  cart_id: string
  /**
   * Re-create bundle lines that are missing instead of dissolving their
   * bundle: for a region change, which deletes every custom-priced line.
   */
  rebuild_missing?: boolean
  /**
   * Codes the shopper is applying that are not on the cart yet: a code that
   * only targets a `best_of` bundle's products applies to nothing while the
   * bundle keeps its own discount, so Medusa does not keep it; it is weighed
   * all the same.
   */
  promo_codes?: string[]
}

export const refreshCartRoutineBundlesWorkflowId = "refresh-cart-routine-bundles"

/**
 * Keeps a cart honest after anything changed it: dissolves bundles whose
 * lines were changed, removes products that can no longer be sold, re-prices
 * the others from what this shopper pays for each item alone now, and puts
 * any unclaimed custom-priced line back to its regular price (see
 * planRefresh). Takes the cart's lock, unless run inside a workflow holding
 * it; reads the cart, those prices and the cart's promotions once each, and
 * decides in pure code. A completed cart is left alone.
 */
export const refreshCartRoutineBundlesWorkflow = createWorkflow(
  refreshCartRoutineBundlesWorkflowId,
  (input: RefreshCartRoutineBundlesInput) => {
    const lock = acquireCartLockStep({ cart_id: input.cart_id })
    const state = loadCartBundleStateStep({ cart_id: input.cart_id, allow_completed: true })
    const offers = loadVariantOffersStep({ state })
    const options = loadPromotionOptionsStep({
      state,
      // A completed cart is left alone: nothing to weigh, so nothing is read.
      candidates: transform({ state, offers }, ({ state, offers }) => (state.completed ? [] : refreshCandidates(state, offers))),
      promo_codes: input.promo_codes,
    })
    const plan = transform({ input, state, offers, options }, ({ input, state, offers, options }) =>
      state.completed ? emptyPlan() : planRefresh(state, offers, { ...options, rebuild_missing: input.rebuild_missing })
    )
    when("refresh-changes-the-cart", { plan }, ({ plan }) => !isEmptyPlan(plan)).then(() => {
      applyCartBundlePlanWorkflow.runAsStep({
        input: {
          cart_id: input.cart_id,
          plan,
          state,
        },
      })
    })
    // Applying a plan enforces it; otherwise the promotions core just computed,
    // as the state read under the lock holds them, are checked here.
    when("refresh-leaves-the-lines", { plan }, ({ plan }) => isEmptyPlan(plan)).then(() => {
      enforceBundlePromotionPolicyWorkflow.runAsStep({
        input: transform({ input, state }, ({ input, state }) => ({
          cart_id: input.cart_id,
          loaded: {
            completed: state.completed,
            bundles: state.bundles,
            adjustments: adjustmentsByLine(state.lines),
          },
        })),
      })
    })
    releaseCartLockStep(lock)
    return new WorkflowResponse({ id: input.cart_id })
  }
)
