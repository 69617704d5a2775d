import { resumeRoutineSubscriptionWorkflow } from "../../../../../workflows/resume-routine-subscription"
import { subscriptionAction } from "../../../../utils/routine-subscriptions"

export const POST = subscriptionAction("merchant", ({ id, req }) => resumeRoutineSubscriptionWorkflow(req.scope).run({ input: { id } }))
