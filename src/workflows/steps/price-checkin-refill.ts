import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { subscriptionActionRefusal } from "../../lib/subscription-actions"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { priceSubscriptionRefill } from "../utils/subscription-refill"

/**
 * The customer's subscription (another's, or an unknown id, is a 404; a
 * cancelled one a 409) and its next refill re-built for the symptoms ticked
 * now (ids or handles; an unknown one is a 400 naming it). Nothing is written.
 */
export const priceCheckinRefillStep = createStep(
  "price-checkin-refill",
  async (input: { subscription_id: string; customer_id: string; symptoms: string[]; now: string }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const [subscription] = await service.listRoutineSubscriptions({ id: input.subscription_id, customer_id: input.customer_id })
    if (!subscription) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Routine subscription with id: ${input.subscription_id} was not found`)
    }
    const refusal = subscriptionActionRefusal("check_in", subscription.status)
    if (refusal) throw new MedusaError(MedusaError.Types.CONFLICT, refusal)
    const priced = await priceSubscriptionRefill(
      container,
      subscription,
      new Date(input.now),
      input.symptoms
    )
    return new StepResponse({ subscription, ...priced })
  }
)
