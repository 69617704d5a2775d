import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ROUTINE_BUNDLE_EVENTS } from "./events"
import { recordOrderRoutineBundlesStep } from "./steps/record-order-routine-bundles"

export const recordOrderRoutineBundlesWorkflowId = "record-order-routine-bundles"

/**
 * Runs when an order is placed (subscriber on `order.placed`): the bundles of
 * its cart become the order's, and an order placed in breach of the bundle
 * rules (possible only with the completion check turned off) is flagged for
 * the merchant: on the order's page and as a `routine_bundle.order_flagged`
 * event.
 */
export const recordOrderRoutineBundlesWorkflow = createWorkflow(
  recordOrderRoutineBundlesWorkflowId,
  (input: { order_id: string }) => {
    const recorded = recordOrderRoutineBundlesStep(input)
    emitEventStep({
      eventName: ROUTINE_BUNDLE_EVENTS.ORDER_FLAGGED,
      data: transform({ recorded }, ({ recorded }) =>
        recorded.problems.length
          ? [{ order_id: recorded.order_id, cart_id: recorded.cart_id, problems: recorded.problems }]
          : []
      ),
    })
    return new WorkflowResponse(recorded)
  }
)
