import { resumeRoutineSubscriptionWorkflow } from "../../../../../../../workflows/resume-routine-subscription"
import { subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/** Resume: the next renewal is the later of the saved date and now. */
export const POST = subscriptionAction("shopper", ({ id, customer_id, req }) => resumeRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
