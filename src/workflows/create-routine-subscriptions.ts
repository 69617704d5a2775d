import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { createRoutineSubscriptionsStep } from "./steps/create-routine-subscriptions"
import { loadOrderSubscriptionsStep } from "./steps/load-order-subscriptions"

export const createRoutineSubscriptionsWorkflowId = "create-routine-subscriptions"

/**
 * Runs when an order is placed (after its bundles are recorded): each bundle
 * bought with an interval starts a subscription (src/workflows/utils/order-subscriptions.ts
 * says with what), once per order and routine. A renewal's order starts
 * none. Emits `routine_subscription.created` per new subscription; the
 * `routineSubscriptionsCreated` hook receives them.
 */
export const createRoutineSubscriptionsWorkflow = createWorkflow(
  createRoutineSubscriptionsWorkflowId,
  (input: { order_id: string; additional_data?: Record<string, unknown> }) => {
    const subscriptions = loadOrderSubscriptionsStep({ order_id: input.order_id })
    const { created } = createRoutineSubscriptionsStep({ order_id: input.order_id, subscriptions })
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.CREATED,
      data: transform({ created }, ({ created }) =>
        (created as { id: string; order_id: string; customer_id: string; routine_id: string }[]).map((s) => ({
          id: s.id,
          order_id: s.order_id,
          customer_id: s.customer_id,
          routine_id: s.routine_id,
        }))
      ),
    })
    const routineSubscriptionsCreated = createHook("routineSubscriptionsCreated", {
      order_id: input.order_id,
      subscriptions: created,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(created, { hooks: [routineSubscriptionsCreated] })
  }
)
