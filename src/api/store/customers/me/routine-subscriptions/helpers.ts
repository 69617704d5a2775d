import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRoutineSubscriptionResponse } from "../../../../../types/subscription"
import { retrieveRoutineSubscription } from "../../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../../utils/route-errors"

type Act<Body> = (input: { id: string; customer_id: string; body: Body; req: AuthenticatedMedusaRequest<Body> }) => Promise<unknown>

/**
 * A shopper's action on one of their subscriptions: the workflow runs
 * scoped to the signed-in customer (another's subscription is a 404), then
 * the answer is the subscription as it is now, with `fields` as asked.
 * 409s keep their message (withRoutineErrors).
 */
export const shopperAction = <Body = unknown>(act: Act<Body>) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse<StoreRoutineSubscriptionResponse>) => {
    const customer_id = req.auth_context.actor_id
    await act({ id: req.params.id, customer_id, body: req.validatedBody, req })
    res.json({ routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields, customer_id) })
  })
