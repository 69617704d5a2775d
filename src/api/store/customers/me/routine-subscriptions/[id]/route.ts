import { updateRoutineSubscriptionWorkflow } from "../../../../../../workflows/update-routine-subscription"
import { showSubscription, subscriptionAction } from "../../../../../utils/routine-subscriptions"
import type { StoreUpdateRoutineSubscriptionType } from "../validators"

/** One of the shopper's subscriptions with its renewals (and their orders), check-ins and orders. */
export const GET = showSubscription("shopper")

/** Change the interval (one the routine offers), a step's product (one of its candidates) or the quantity. */
export const POST = subscriptionAction<StoreUpdateRoutineSubscriptionType>("shopper", ({ id, customer_id, body, req }) =>
  updateRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id, ...body } })
)
