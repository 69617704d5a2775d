import { cancelRoutineSubscriptionWorkflow } from "../../../../../../../workflows/cancel-routine-subscription"
import { shopperAction } from "../../helpers"
import type { StoreCancelRoutineSubscriptionType } from "../../validators"

/** Cancel for good, with an optional reason and note. */
export const POST = shopperAction<StoreCancelRoutineSubscriptionType>(({ id, customer_id, body, req }) =>
  cancelRoutineSubscriptionWorkflow(req.scope).run({ input: { id, customer_id, ...body } })
)
