import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRoutineSubscriptionRefillResponse } from "../../../../../../../../types/subscription"
import { previewRoutineSubscriptionCheckinWorkflow } from "../../../../../../../../workflows/preview-routine-subscription-checkin"
import { withRoutineErrors } from "../../../../../../../utils/route-errors"
import type { StoreRoutineSubscriptionCheckinType } from "../../../validators"

/**
 * The refill the check-in would give for the warning signs ticked so far,
 * priced, before the shopper saves the answer (POST …/check-in with the same
 * body saves it and answers the same refill). Nothing is written. A POST, as
 * core's shipping-option `calculate`: the body is the answer being weighed,
 * and "no signs" (`symptoms: []`, clear skin) is an answer a query string
 * cannot say apart from none.
 */
export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<StoreRoutineSubscriptionCheckinType>,
  res: MedusaResponse<StoreRoutineSubscriptionRefillResponse>
) => {
  const { result: refill } = await previewRoutineSubscriptionCheckinWorkflow(req.scope).run({
    input: { subscription_id: req.params.id, customer_id: req.auth_context.actor_id, symptoms: req.validatedBody.symptoms },
  })
  res.json({ refill })
})
