import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emptyPlan, offerRequests, planRefresh } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { pluginOptions } from "../../plugin-options"
import { bestOfPromotions } from "../utils/best-of-promotions"
import { offerKey, readVariantOffers } from "../utils/variant-offers"

/**
 * Reads what each bundle item and each custom-priced line costs this shopper
 * alone now, and plans the writes that keep the cart honest (see
 * planRefresh). Reads only; a completed cart is left alone.
 */
export const planCartBundleRefreshStep = createStep(
  "plan-cart-bundle-refresh",
  async (input: { state: CartBundleState; rebuild_missing?: boolean; promo_codes?: string[] }, { container }) => {
    if (input.state.completed) {
      return new StepResponse(emptyPlan())
    }
    const { state } = input
    const requests = offerRequests(state)
    const offers = requests.length
      ? await readVariantOffers(container.resolve(ContainerRegistrationKeys.QUERY), requests, state.context)
      : {}
    const default_policy = pluginOptions().default_promotion_policy
    const promotions = await bestOfPromotions(
      container,
      { ...state, promo_codes: [...new Set([...state.promo_codes, ...(input.promo_codes ?? [])])] },
      state.bundles.map((bundle) => ({
        bundle_id: bundle.id,
        terms: bundle.terms,
        lines: bundle.items.map((item) => {
          const quantity = item.quantity * bundle.quantity
          return { variant_id: item.variant_id, quantity, unit_price: offers[offerKey({ variant_id: item.variant_id, quantity })]?.unit_price ?? item.unit_price }
        }),
      })),
      default_policy
    )
    return new StepResponse(planRefresh(state, offers, { rebuild_missing: input.rebuild_missing, default_policy, promotions }))
  }
)
