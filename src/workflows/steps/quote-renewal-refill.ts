import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RoutineSubscriptionRefill, SubscriptionChoice } from "../../types"
import { classifyRenewalError, type RenewalFailure } from "../utils/subscription-renewal"
import { priceSubscriptionRefill, type RefillSubscription } from "../utils/subscription-refill"

/**
 * The refill priced today with the choice it was built from (the saved one
 * as today's routine takes it: what the order is placed with), or why it cannot be sold: a routine no longer
 * offered to the shopper, or a step with nothing to sell (an incomplete
 * quote). A failure is an answer here, not an error: the renewal records it
 * and retries. Nothing is written.
 */
export const quoteRenewalRefillStep = createStep(
  "quote-renewal-refill",
  async (input: { subscription: RefillSubscription; now: string }, { container }) => {
    const answer = (refill: RoutineSubscriptionRefill | null, choice: SubscriptionChoice | null, failure: RenewalFailure | null) =>
      new StepResponse({ refill, choice, failure })
    try {
      const { refill, choice } = await priceSubscriptionRefill(container, input.subscription, new Date(input.now))
      if (refill.quote.complete) return answer(refill, choice, null)
      const message = refill.quote.unavailable_steps.map((s) => s.message).join("; ")
      return answer(refill, choice, { reason: "unsellable_step", message: message || "The refill has fewer steps than the routine sells" })
    } catch (error) {
      return answer(null, null, classifyRenewalError("quote", error))
    }
  }
)
