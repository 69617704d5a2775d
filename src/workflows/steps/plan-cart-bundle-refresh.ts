import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emptyPlan, offerRequests, planRefresh } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { readVariantOffers } from "../utils/variant-offers"

/**
 * Reads what each bundle item and each custom-priced line costs this shopper
 * alone now, and plans the writes that keep the cart honest (see
 * planRefresh). Reads only; a completed cart is left alone.
 */
export const planCartBundleRefreshStep = createStep(
  "plan-cart-bundle-refresh",
  async (input: { state: CartBundleState; rebuild_missing?: boolean }, { container }) => {
    if (input.state.completed) {
      return new StepResponse(emptyPlan())
    }
    const requests = offerRequests(input.state)
    const offers = requests.length
      ? await readVariantOffers(container.resolve(ContainerRegistrationKeys.QUERY), requests, input.state.context)
      : {}
    return new StepResponse(planRefresh(input.state, offers, { rebuild_missing: input.rebuild_missing }))
  }
)
