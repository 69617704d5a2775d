import { listSubscriptions } from "../../../../utils/routine-subscriptions"

/** The signed-in shopper's subscriptions, newest first, with their routine's title and handle, by status. */
export const GET = listSubscriptions("shopper", (req) => req.filterableFields)
