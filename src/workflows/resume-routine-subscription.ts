import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { nextRenewalOnResume } from "../lib/subscription-actions"
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

export type ResumeRoutineSubscriptionWorkflowInput = RoutineSubscriptionActionInput

export const resumeRoutineSubscriptionWorkflowId = "resume-routine-subscription"

/**
 * Resumes a paused subscription, or one that needs action once the shopper
 * or the merchant has fixed what failed (its failure is cleared). The next
 * renewal is the later of the saved date and now
 * (src/lib/subscription-actions.ts, nextRenewalOnResume). Resuming an active
 * or a cancelled subscription is a 409.
 */
export const resumeRoutineSubscriptionWorkflow = createWorkflow(
  resumeRoutineSubscriptionWorkflowId,
  (input: ResumeRoutineSubscriptionWorkflowInput) => {
    acquireLockStep(transform({ input }, ({ input }) => subscriptionLock(input.id)))
    const { data: subscription } = useQueryGraphStep({
      entity: "routine_subscription",
      fields: SUBSCRIPTION_STATE_FIELDS,
      filters: transform({ input }, ({ input }) => subscriptionFilters(input)),
      options: { throwIfKeyNotFound: true, isList: false },
    })
    refuseRoutineSubscriptionActionStep(
      transform({ subscription }, ({ subscription }) => stateRefusal("resume", subscription.status))
    )
    const resumed = updateRoutineSubscriptionStep(
      transform({ input, subscription }, ({ input, subscription }) => ({
        id: input.id,
        status: "active" as const,
        paused_at: null,
        last_failure_reason: null,
        last_failure_message: null,
        next_renewal_at: nextRenewalOnResume(subscription.next_renewal_at, nowOf(input)),
      }))
    )
    emitEventStep({
      eventName: ROUTINE_SUBSCRIPTION_EVENTS.RESUMED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    const routineSubscriptionResumed = createHook("routineSubscriptionResumed", {
      subscription: resumed,
      additional_data: input.additional_data,
    })
    releaseLockStep(transform({ input }, ({ input }) => ({ key: subscriptionLock(input.id).key })))
    return new WorkflowResponse(resumed, { hooks: [routineSubscriptionResumed] })
  }
)
