import { resumeRoutineSubscriptionWorkflow } from "../../../../../../../workflows/resume-routine-subscription"
import { shopperAction } from "../../helpers"

/** Resume: the next renewal is the later of the saved date and now. */
export const POST = shopperAction(({ id, customer_id, req }) => resumeRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
