import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertBundleComplete } from "../utils/assert-bundle-complete"
import { planAdd, type PolicyOptions } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import type { PricedRoutineBundle } from "../utils/routine-quote"
import { assertOneSubscribedBundlePerRoutine } from "../utils/subscribed-bundles"

export type PlanRoutineBundleAddInput = {
  state: CartBundleState
  /** Priced under the cart's lock, in the state's context. */
  quote: PricedRoutineBundle
  /** The cart's promotions weighed against `quoteCandidate(quote)`. */
  options: PolicyOptions
}

/**
 * A new record and its lines, from what the workflow read under the lock;
 * 409 naming the steps for an incomplete bundle, and for a second
 * subscribed bundle of a routine the cart holds one of. A step rather than a
 * transform only because it draws the bundle's id, which its lines carry
 * and which must stay the same if the workflow is compensated or resumed.
 */
export const planRoutineBundleAddStep = createStep(
  "plan-routine-bundle-add",
  async (input: PlanRoutineBundleAddInput) => {
    assertBundleComplete(input.quote)
    const { routine_id, subscription_interval_weeks } = input.quote
    assertOneSubscribedBundlePerRoutine([...input.state.bundles, { id: "new", routine_id, subscription_interval_weeks }])
    return new StepResponse(planAdd(input.state, input.quote, generateEntityId(undefined, "rbndl"), input.options))
  }
)
