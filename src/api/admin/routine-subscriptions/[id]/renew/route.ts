import { renewRoutineSubscriptionWorkflow } from "../../../../../workflows/renew-routine-subscription"
import { subscriptionAction } from "../../../../utils/routine-subscriptions"

/** Renew now: the refill is ordered at once (a failure is recorded on the renewal with its reason). */
export const POST = subscriptionAction("merchant", ({ id, req }) => renewRoutineSubscriptionWorkflow(req.scope).run({ input: { subscription_id: id, manual: true } }))
