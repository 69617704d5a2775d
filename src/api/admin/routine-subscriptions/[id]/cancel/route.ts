import { cancelRoutineSubscriptionWorkflow } from "../../../../../workflows/cancel-routine-subscription"
import type { AdminCancelRoutineSubscriptionType } from "../../validators"
import { subscriptionAction } from "../../../../utils/routine-subscriptions"

export const POST = subscriptionAction<AdminCancelRoutineSubscriptionType>("merchant", ({ id, body, req }) =>
  cancelRoutineSubscriptionWorkflow(req.scope).run({ input: { id, ...body } })
)
