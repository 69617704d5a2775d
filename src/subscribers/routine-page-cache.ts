import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { invalidateRoutinePages, ROUTINE_PAGE_EVENTS } from "../workflows/utils/routine-page-cache"

/** Medusa changed a product, a price, stock or a channel: cached routine pages may be wrong. */
export default async function routinePageCache({ container }: SubscriberArgs<unknown>) {
  await invalidateRoutinePages(container)
}

export const config: SubscriberConfig = {
  event: ROUTINE_PAGE_EVENTS,
  context: { subscriberId: "routine-bundles-page-cache" },
}
