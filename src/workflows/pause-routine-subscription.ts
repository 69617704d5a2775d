import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
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

export type PauseRoutineSubscriptionWorkflowInput = RoutineSubscriptionActionInput

export const pauseRoutineSubscriptionWorkflowId = "pause-routine-subscription"

/**
 * Pauses a subscription: nothing renews until it is resumed. The saved
 * renewal date is kept (resume decides from it). An active subscription or
 * one that needs action may be paused; anything else is a 409.
 */
export const pauseRoutineSubscriptionWorkflow = createWorkflow(
  pauseRoutineSubscriptionWorkflowId,
  (input: PauseRoutineSubscriptionWorkflowInput) => {
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.id)))
    const { data: subscription } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: SUBSCRIPTION_STATE_FIELDS,
      filters: transform({ input }, ({ input }) => subscriptionFilters(input)),
      options: { throwIfKeyNotFound: true, isList: false },
    })
    refuseRoutineSubscriptionActionStep(
      transform({ subscription }, ({ subscription }) => stateRefusal("pause", subscription.status))
    )
    const paused = updateRoutineSubscriptionStep(
      transform({ input }, ({ input }) => ({ id: input.id, status: "paused" as const, paused_at: nowOf(input) }))
    )
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.PAUSED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    const routineSubscriptionPaused = createHook("routineSubscriptionPaused", {
      subscription: paused,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.id).key })))
    return new WorkflowResponse(paused, { hooks: [routineSubscriptionPaused] })
  }
)
