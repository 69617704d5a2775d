import { pauseRoutineSubscriptionWorkflow } from "../../../../../../../workflows/pause-routine-subscription"
import { shopperAction } from "../../helpers"

/** Pause: nothing renews until resumed. */
export const POST = shopperAction(({ id, customer_id, req }) => pauseRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
