import { showRefill } from "../../../../utils/routine-subscriptions"

/**
 * Any customer's next refill as it would be ordered today, as the shopper
 * sees it: renew now's prompt states its total and sends it as
 * `expected_total` (see showRefill).
 */
export const GET = showRefill("merchant")
