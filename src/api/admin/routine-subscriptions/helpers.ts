import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRoutineSubscriptionResponse } from "../../../types/subscription"
import { retrieveRoutineSubscription } from "../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../utils/route-errors"

type Act<Body> = (input: { id: string; body: Body; req: AuthenticatedMedusaRequest<Body> }) => Promise<unknown>

/** A merchant's action on a subscription: the workflow, then the subscription as it is now. */
export const merchantAction = <Body = unknown>(act: Act<Body>) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse<AdminRoutineSubscriptionResponse>) => {
    await act({ id: req.params.id, body: req.validatedBody, req })
    res.json({ routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields) })
  })
