import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pluginOptions } from "../../plugin-options"
import { bestOfPromotions } from "../utils/best-of-promotions"
import type { BestOfCandidate, PolicyOptions } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"

export type LoadPromotionOptionsInput = {
  state: CartBundleState
  /** The bundles as they would stand in the cart, at their regular prices. */
  candidates: BestOfCandidate[]
  /** Codes being applied that are not on the cart yet. */
  promo_codes?: string[]
}

/**
 * How the cart's promotions meet its bundles: the default policy and, for
 * each `best_of` candidate, what the promotions would take off its lines at
 * regular prices (the promotion module computes it; nothing is read when the
 * cart has no promotion or no `best_of` bundle). Reads only.
 */
export const loadPromotionOptionsStep = createStep(
  "load-promotion-options",
  async (input: LoadPromotionOptionsInput, { container }) => {
    const default_policy = pluginOptions().default_promotion_policy
    const state = input.promo_codes?.length
      ? { ...input.state, promo_codes: [...new Set([...input.state.promo_codes, ...input.promo_codes])] }
      : input.state
    const options: PolicyOptions = {
      default_policy,
      promotions: await bestOfPromotions(container, state, input.candidates, default_policy),
    }
    return new StepResponse(options)
  }
)
