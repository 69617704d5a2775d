import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { emptyPlan, offerRequests, planDissolveAll } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { readVariantOffers } from "../utils/variant-offers"

/** The plan that ends every bundle of an open cart, its lines at regular prices. Reads only. */
export const planDissolveAllStep = createStep(
  "plan-dissolve-all-routine-bundles",
  async (input: { state: CartBundleState }, { container }) => {
    if (input.state.completed) {
      return new StepResponse(emptyPlan())
    }
    const offers = await readVariantOffers(
      container.resolve(ContainerRegistrationKeys.QUERY),
      offerRequests(input.state),
      input.state.context
    )
    return new StepResponse(planDissolveAll(input.state, offers))
  }
)
