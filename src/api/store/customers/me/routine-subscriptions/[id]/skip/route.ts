import { skipRoutineSubscriptionWorkflow } from "../../../../../../../workflows/skip-routine-subscription"
import { subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/** Skip the coming refill: the next renewal is one interval later. */
export const POST = subscriptionAction("shopper", ({ id, customer_id, req }) => skipRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
