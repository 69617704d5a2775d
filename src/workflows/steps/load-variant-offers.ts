import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offerRequests } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { readVariantOffers, type VariantOffer } from "../utils/variant-offers"

/**
 * What every bundle item and every custom-priced line of an open cart costs
 * this shopper alone now, and whether it can still be sold: what a refresh
 * or a dissolve decides from. Nothing is read for a completed cart or one
 * with nothing to price. Reads only.
 */
export const loadVariantOffersStep = createStep(
  "load-variant-offers",
  async (input: { state: CartBundleState }, { container }) => {
    const requests = input.state.completed ? [] : offerRequests(input.state)
    const offers: Record<string, VariantOffer> = requests.length
      ? await readVariantOffers(container.resolve(ContainerRegistrationKeys.QUERY), requests, input.state.context)
      : {}
    return new StepResponse(offers)
  }
)
