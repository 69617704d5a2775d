import { cancelRoutineSubscriptionWorkflow } from "../../../../../workflows/cancel-routine-subscription"
import { merchantAction } from "../../helpers"
import type { AdminCancelRoutineSubscriptionType } from "../../validators"

export const POST = merchantAction<AdminCancelRoutineSubscriptionType>(({ id, body, req }) =>
  cancelRoutineSubscriptionWorkflow(req.scope).run({ input: { id, ...body } })
)
