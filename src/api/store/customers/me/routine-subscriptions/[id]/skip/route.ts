import { skipRoutineSubscriptionWorkflow } from "../../../../../../../workflows/skip-routine-subscription"
import { shopperAction } from "../../helpers"

/** Skip the coming refill: the next renewal is one interval later. */
export const POST = shopperAction(({ id, customer_id, req }) => skipRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id } }))
