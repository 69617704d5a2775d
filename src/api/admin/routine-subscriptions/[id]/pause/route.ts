import { pauseRoutineSubscriptionWorkflow } from "../../../../../workflows/pause-routine-subscription"
import { merchantAction } from "../../helpers"

export const POST = merchantAction(({ id, req }) => pauseRoutineSubscriptionWorkflow(req.scope).run({ input: { id } }))
