import { pauseRoutineSubscriptionWorkflow } from "../../../../../../../workflows/pause-routine-subscription"
import { subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/** Pause: nothing renews until resumed. */
export const POST = subscriptionAction("shopper", ({ id, customer_id, req }) => pauseRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
