import { pauseRoutineSubscriptionWorkflow } from "../../../../../workflows/pause-routine-subscription"
import { subscriptionAction } from "../../../../utils/routine-subscriptions"

export const POST = subscriptionAction("merchant", ({ id, req }) => pauseRoutineSubscriptionWorkflow(req.scope).run({ input: { id } }))
