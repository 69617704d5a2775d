import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { createRoutineSubscriptionsWorkflow } from "../workflows/create-routine-subscriptions"
import { recordOrderRoutineBundlesWorkflow } from "../workflows/record-order-routine-bundles"

/**
 * An order's bundles become the order's; a dishonest one is flagged (see the
 * workflow). Then its subscribed bundles start their subscriptions.
 */
export default async function routineBundleOrderPlaced({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await recordOrderRoutineBundlesWorkflow(container).run({ input: { order_id: data.id } })
  await createRoutineSubscriptionsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "routine-bundles-order-placed" },
}
