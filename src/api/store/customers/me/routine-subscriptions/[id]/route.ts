import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRoutineSubscriptionResponse } from "../../../../../../types/subscription"
import { updateRoutineSubscriptionWorkflow } from "../../../../../../workflows/update-routine-subscription"
import { retrieveRoutineSubscription } from "../../../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../../../utils/route-errors"
import { shopperAction } from "../helpers"
import type { StoreUpdateRoutineSubscriptionType } from "../validators"

/** One of the shopper's subscriptions with its renewals (and their orders), check-ins and orders. */
export const GET = withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreRoutineSubscriptionResponse>) => {
  res.json({
    routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields, req.auth_context.actor_id),
  })
})

/** Change the interval (one the routine offers), a step's product (one of its candidates) or the quantity. */
export const POST = shopperAction<StoreUpdateRoutineSubscriptionType>(({ id, customer_id, body, req }) =>
  updateRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id, ...body } })
)
