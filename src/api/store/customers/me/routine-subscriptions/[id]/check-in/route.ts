import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRoutineSubscriptionCheckinResponse } from "../../../../../../../types/subscription"
import { answerRoutineSubscriptionCheckinWorkflow } from "../../../../../../../workflows/answer-routine-subscription-checkin"
import { retrieveRoutineSubscription } from "../../../../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../../../../utils/route-errors"
import type { StoreRoutineSubscriptionCheckinType } from "../../validators"

/**
 * The skin check-in: the warning signs ticked now re-build the next refill.
 * Answers with the subscription and the refill priced for the new symptoms,
 * so the shopper sees what will ship and at what price.
 */
export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<StoreRoutineSubscriptionCheckinType>,
  res: MedusaResponse<StoreRoutineSubscriptionCheckinResponse>
) => {
  const customer_id = req.auth_context.actor_id
  const { result } = await answerRoutineSubscriptionCheckinWorkflow(req.scope).run({
    input: { subscription_id: req.params.id, customer_id, symptoms: req.validatedBody.symptoms },
  })
  res.json({
    routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields, customer_id),
    refill: result.refill,
  })
})
