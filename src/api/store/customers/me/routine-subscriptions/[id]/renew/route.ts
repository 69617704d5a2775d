import type { StoreRenewRoutineSubscriptionRequest } from "../../../../../../../types/subscription"
import { renewSubscriptionNow, subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/**
 * Renew now: the refill is ordered at once with the saved address, shipping
 * and payment (the renewal workflow's "renew now"); a failure is recorded on
 * the renewal with its reason, as the job's would be. The body carries what
 * the shopper saw (the refill's total, the next renewal date): see
 * renewSubscriptionNow for the 409s that order nothing.
 */
export const POST = subscriptionAction<StoreRenewRoutineSubscriptionRequest>("shopper", ({ id, customer_id, body, req }) =>
  renewSubscriptionNow(req.scope, id, body, customer_id)
)
