import { cancelRoutineSubscriptionWorkflow } from "../../../../../../../workflows/cancel-routine-subscription"
import type { StoreCancelRoutineSubscriptionType } from "../../validators"
import { subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/** Cancel for good, with an optional reason and note. */
export const POST = subscriptionAction<StoreCancelRoutineSubscriptionType>("shopper", ({ id, customer_id, body, req }) =>
  cancelRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id, ...body } })
)
