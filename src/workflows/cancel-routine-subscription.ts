import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { StoreCancelRoutineSubscriptionRequest } from "../types/subscription"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "./events"
import { refuseRoutineSubscriptionActionStep } from "./steps/refuse-routine-subscription-action"
import { updateRoutineSubscriptionStep } from "./steps/update-routine-subscription"
import {
  nowOf,
  stateRefusal,
  subscriptionFilters,
  SUBSCRIPTION_STATE_FIELDS,
  type RoutineSubscriptionActionInput,
} from "./utils/routine-subscription-action"
import { subscriptionLock } from "./utils/subscription-lock"

export type CancelRoutineSubscriptionWorkflowInput = RoutineSubscriptionActionInput & StoreCancelRoutineSubscriptionRequest

export const cancelRoutineSubscriptionWorkflowId = "cancel-routine-subscription"

/**
 * Cancels a subscription for good, with the shopper's reason and note when
 * they give them: nothing renews afterwards (a renewal waiting for its retry
 * finds it cancelled). Cancelling a cancelled subscription is a 409.
 */
export const cancelRoutineSubscriptionWorkflow = createWorkflow(
  cancelRoutineSubscriptionWorkflowId,
  (input: CancelRoutineSubscriptionWorkflowInput) => {
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.id)))
    const { data: subscription } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: SUBSCRIPTION_STATE_FIELDS,
      filters: transform({ input }, ({ input }) => subscriptionFilters(input)),
      options: { throwIfKeyNotFound: true, isList: false },
    })
    refuseRoutineSubscriptionActionStep(
      transform({ subscription }, ({ subscription }) => stateRefusal("cancel", subscription.status))
    )
    const cancelled = updateRoutineSubscriptionStep(
      transform({ input }, ({ input }) => ({
        id: input.id,
        status: "cancelled" as const,
        cancelled_at: nowOf(input),
        cancel_reason: input.reason ?? null,
        cancel_note: input.note ?? null,
      }))
    )
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.CANCELLED,
      data: transform({ input }, ({ input }) => ({ id: input.id, reason: input.reason ?? null })),
    })
    const routineSubscriptionCancelled = createHook("routineSubscriptionCancelled", {
      subscription: cancelled,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.id).key })))
    return new WorkflowResponse(cancelled, { hooks: [routineSubscriptionCancelled] })
  }
)
