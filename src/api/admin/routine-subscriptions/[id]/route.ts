import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRoutineSubscriptionResponse } from "../../../../types/subscription"
import { updateRoutineSubscriptionWorkflow } from "../../../../workflows/update-routine-subscription"
import { retrieveRoutineSubscription } from "../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../utils/route-errors"
import { merchantAction } from "../helpers"
import type { AdminUpdateRoutineSubscriptionType } from "../validators"

/** A subscription with its renewals (failures with their reason), check-ins and orders. */
export const GET = withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRoutineSubscriptionResponse>) => {
  res.json({ routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields) })
})

/** Change the interval (one the routine offers) or the next renewal's date. */
export const POST = merchantAction<AdminUpdateRoutineSubscriptionType>(({ id, body, req }) =>
  updateRoutineSubscriptionWorkflow(req.scope).run({ input: { id, ...body } })
)
