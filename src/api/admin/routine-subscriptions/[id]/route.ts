import { updateRoutineSubscriptionWorkflow } from "../../../../workflows/update-routine-subscription"
import { showSubscription, subscriptionAction } from "../../../utils/routine-subscriptions"
import type { AdminUpdateRoutineSubscriptionType } from "../validators"

/** A subscription with its renewals (failures with their reason), check-ins and orders. */
export const GET = showSubscription("merchant")

/** Change the interval (one the routine offers) or the next renewal's date. */
export const POST = subscriptionAction<AdminUpdateRoutineSubscriptionType>("merchant", ({ id, body, req }) =>
  updateRoutineSubscriptionWorkflow(req.scope).run({ input: { id, ...body } })
)
