import { renewRoutineSubscriptionWorkflow } from "../../../../../workflows/renew-routine-subscription"
import { merchantAction } from "../../helpers"

/** Renew now: the refill is ordered at once (a failure is recorded on the renewal with its reason). */
export const POST = merchantAction(({ id, req }) => renewRoutineSubscriptionWorkflow(req.scope).run({ input: { subscription_id: id, manual: true } }))
