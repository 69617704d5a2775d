import { showRefill } from "../../../../../../utils/routine-subscriptions"

/** The shopper's next refill as it would be ordered today (see showRefill). */
export const GET = showRefill("shopper")
