import type { AdminRenewRoutineSubscriptionRequest } from "../../../../../types/subscription"
import { renewSubscriptionNow, subscriptionAction } from "../../../../utils/routine-subscriptions"

/**
 * Renew now: the refill is ordered at once (a failure is recorded on the
 * renewal with its reason); a price change the shopper was not told of is
 * told first (409). See renewSubscriptionNow.
 */
export const POST = subscriptionAction<AdminRenewRoutineSubscriptionRequest>("merchant", ({ id, body, req }) =>
  renewSubscriptionNow(req.scope, id, body)
)
