import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { RoutineQuote } from "../types"
import { addedFacts, endedFacts, orderFacts, quotedFact, type QuoteAsker } from "../workflows/analytics/analytics-facts"
import { ROUTINE_BUNDLE_EVENTS } from "../workflows/events"
import { recordRoutineAnalyticsWorkflow } from "../workflows/record-routine-analytics"

type Data = QuoteAsker & { id?: string; reason?: string; quote?: RoutineQuote }

/**
 * The routine analytics, written after the events that make them: never on
 * a shopper's request. Quotes, bundles added and ended, orders placed.
 */
export default async function routineAnalytics({ event: { name, data, metadata }, container }: SubscriberArgs<Data>) {
  const at = new Date((metadata as { created_at?: string | Date } | undefined)?.created_at ?? Date.now())
  const events =
    name === ROUTINE_BUNDLE_EVENTS.QUOTED
      ? [quotedFact(data.quote!, at, data)]
      : name === ROUTINE_BUNDLE_EVENTS.CREATED
        ? await addedFacts(container, [data.id!], at)
        : name === ROUTINE_BUNDLE_EVENTS.DELETED
          ? await endedFacts(container, [{ id: data.id!, reason: data.reason! }], at)
          : await orderFacts(container, data.id!)
  await recordRoutineAnalyticsWorkflow(container).run({ input: { events } })
}

export const config: SubscriberConfig = {
  event: [ROUTINE_BUNDLE_EVENTS.QUOTED, ROUTINE_BUNDLE_EVENTS.CREATED, ROUTINE_BUNDLE_EVENTS.DELETED, "order.placed"],
  context: { subscriberId: "routine-bundles-analytics" },
}
