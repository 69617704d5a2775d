import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AnswerRoutineSubscriptionCheckinInput } from "./answer-routine-subscription-checkin"
import { priceCheckinRefillStep } from "./steps/price-checkin-refill"

/** As the answer's: the shopper, their subscription and the warning signs ticked so far. */
export type PreviewRoutineSubscriptionCheckinInput = AnswerRoutineSubscriptionCheckinInput

export const previewRoutineSubscriptionCheckinWorkflowId = "preview-routine-subscription-checkin"

/**
 * The refill a check-in answer would give, before the shopper saves it: the
 * same step the answer runs (priceCheckinRefillStep: another's subscription
 * is a 404, a cancelled one a 409, an unknown symptom a 400), so the preview
 * is what saving gives. Writes nothing, takes no lock and emits nothing: the
 * storefront runs it each time a sign is ticked. The
 * `routineSubscriptionCheckinPreviewed` hook receives the refill.
 */
export const previewRoutineSubscriptionCheckinWorkflow = createWorkflow(
  previewRoutineSubscriptionCheckinWorkflowId,
  (input: PreviewRoutineSubscriptionCheckinInput) => {
    const now = transform({ input }, ({ input }) => new Date(input.now ?? Date.now()).toISOString())
    const priced = priceCheckinRefillStep({
      subscription_id: input.subscription_id,
      customer_id: input.customer_id,
      symptoms: input.symptoms,
      now,
    })
    const refill = transform({ priced }, ({ priced }) => priced.refill)
    const routineSubscriptionCheckinPreviewed = createHook("routineSubscriptionCheckinPreviewed", {
      refill,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(refill, { hooks: [routineSubscriptionCheckinPreviewed] })
  }
)
