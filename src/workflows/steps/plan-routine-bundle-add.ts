import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pluginOptions } from "../../plugin-options"
import { bestOfPromotions } from "../utils/best-of-promotions"
import { planAdd, type PolicyOptions } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { RoutineConflictError } from "../utils/errors"
import { publicQuote, type PricedRoutineBundle } from "../utils/routine-quote"

export type PlanRoutineBundleAddInput = {
  state: CartBundleState
  /** Priced under the cart's lock, in the state's context. */
  quote: PricedRoutineBundle
}

/** The policy options for one priced bundle: its `best_of` evaluation against the cart's promotions. */
export const policyFor = async (
  container: Parameters<typeof bestOfPromotions>[0],
  state: CartBundleState,
  bundleId: string,
  quote: PricedRoutineBundle
): Promise<PolicyOptions> => {
  const default_policy = pluginOptions().default_promotion_policy
  const promotions = await bestOfPromotions(
    container,
    state,
    [{ bundle_id: bundleId, terms: quote.terms, lines: quote.items.map((i) => ({ variant_id: i.variant.id, quantity: i.quantity, unit_price: i.unit_price })) }],
    default_policy
  )
  return { default_policy, promotions }
}

/**
 * A bundle goes into a cart only when every required step has a product and
 * it keeps at least the routine's fewest steps: else 409 naming the steps.
 */
export const assertBundleComplete = (quote: PricedRoutineBundle) => {
  if (quote.complete) return
  const missing = quote.unavailable_steps.filter((s) => !s.optional)
  const short =
    quote.min_steps != null && quote.items.length < quote.min_steps
      ? [`only ${quote.items.length} of its steps can be sold, and a bundle of this routine needs at least ${quote.min_steps}`]
      : []
  throw new RoutineConflictError(
    `The routine cannot be added: ${[...short, ...(short.length ? quote.unavailable_steps : missing).map((s) => s.message)].join("; ")}`,
    { unavailable_steps: publicQuote(quote).unavailable_steps }
  )
}

/** Under the cart's lock, from the cart and the quote read under it: a new record and its lines. */
export const planRoutineBundleAddStep = createStep(
  "plan-routine-bundle-add",
  async (input: PlanRoutineBundleAddInput, { container }) => {
    assertBundleComplete(input.quote)
    const bundleId = generateEntityId(undefined, "rbndl")
    return new StepResponse(
      planAdd(input.state, input.quote, bundleId, await policyFor(container, input.state, bundleId, input.quote))
    )
  }
)
