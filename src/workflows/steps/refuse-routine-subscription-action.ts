import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Why a subscription's workflow must stop before writing: a 409 for its state, a 400 for its input. */
export type SubscriptionRefusal = { type: typeof MedusaError.Types.CONFLICT | typeof MedusaError.Types.INVALID_DATA; message: string } | null

export const refuseRoutineSubscriptionActionStepId = "refuse-routine-subscription-action"

/**
 * The subscription workflows decide in `transform` (src/lib/subscription-actions.ts)
 * and stop here when the decision is a refusal, before any write; it
 * changes nothing, so it has nothing to compensate.
 */
export const refuseRoutineSubscriptionActionStep = createStep(
  refuseRoutineSubscriptionActionStepId,
  async (refusal: SubscriptionRefusal) => {
    if (refusal) throw new MedusaError(refusal.type, refusal.message)
    return new StepResponse(void 0)
  }
)
