import { resumeRoutineSubscriptionWorkflow } from "../../../../../workflows/resume-routine-subscription"
import { merchantAction } from "../../helpers"

export const POST = merchantAction(({ id, req }) => resumeRoutineSubscriptionWorkflow(req.scope).run({ input: { id } }))
