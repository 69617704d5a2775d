import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderEditWorkflowEvents, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { pluginOptions } from "../plugin-options"
import { repriceKeptRoutineBundlesWorkflow } from "../workflows/reprice-kept-routine-bundles"

/**
 * What a shopper keeps of a bundle changes when a return is received (an
 * exchange's and a claim's included) or an order edit removes items: under
 * `reprice_kept`, it is priced again and the difference comes off the
 * refund (see the workflow). Under `keep_discount` there is nothing to do.
 * A claim's write-off leaves Medusa owing nothing (its refund is made by
 * hand), so there is no refund to take it off: the admin shows the figure.
 */
export default async function routineBundleOrderChanged({
  event: { data },
  container,
}: SubscriberArgs<{ order_id: string }>) {
  if (pluginOptions().partial_return_policy !== "reprice_kept") {
    return
  }
  await repriceKeptRoutineBundlesWorkflow(container).run({ input: { order_id: data.order_id } })
}

export const config: SubscriberConfig = {
  event: [OrderWorkflowEvents.RETURN_RECEIVED, OrderEditWorkflowEvents.CONFIRMED],
  context: { subscriberId: "routine-bundles-order-changed" },
}
