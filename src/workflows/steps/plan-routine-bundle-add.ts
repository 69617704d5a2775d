import { ContainerRegistrationKeys, generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RoutineBundleChoice } from "../../types"
import { pluginOptions } from "../../plugin-options"
import { bestOfPromotions } from "../utils/best-of-promotions"
import { planAdd, type PolicyOptions } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { RoutineConflictError } from "../utils/errors"
import { loadRoutineBundleData, quoteFromData } from "../utils/routine-bundle-data"
import { offerVersionOf } from "../utils/routine-graph"
import { publicQuote, type PricedRoutineBundle } from "../utils/routine-quote"

export type PlanRoutineBundleAddInput = {
  state: CartBundleState
  /** Priced before the cart's lock was taken. */
  quote: PricedRoutineBundle
  routine_id: string
  choice: RoutineBundleChoice
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

/**
 * Under the cart's lock: the quote made before it still holds if the cart's
 * pricing context (region, currency, customer and groups, channel, address)
 * and the routine's offer are unchanged; otherwise the bundle is priced
 * again for the cart and the offer as they are now. Then the plan: a new
 * record and its lines.
 */
export const planRoutineBundleAddStep = createStep(
  "plan-routine-bundle-add",
  async (input: PlanRoutineBundleAddInput, { container }) => {
    let quote = input.quote
    // The offer may have changed since the quote: a bundle is sold under the routine's offer now.
    const offerVersion = await offerVersionOf(container.resolve(ContainerRegistrationKeys.QUERY), quote.routine_id)
    if (quote.fingerprint !== input.state.context.fingerprint || quote.terms.offer_version !== offerVersion) {
      const data = await loadRoutineBundleData(container, {
        routine_id: input.routine_id,
        symptoms: input.choice.symptoms,
        quantity: input.choice.quantity,
        context: input.state.context,
      })
      quote = quoteFromData(data, input.state.context, input.choice)
    }
    assertBundleComplete(quote)
    const bundleId = generateEntityId(undefined, "rbndl")
    return new StepResponse(planAdd(input.state, quote, bundleId, await policyFor(container, input.state, bundleId, quote)))
  }
)
