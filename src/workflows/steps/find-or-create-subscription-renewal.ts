import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { assertNotRenewedSince } from "../utils/subscription-renewal"

/**
 * The subscription and its renewal row for its coming date
 * (`next_renewal_at`), created by the first run for that date once it is
 * due (or by "renew now"); null before. The
 * row is unique per subscription and date: every later run (a re-run job, a
 * second server after the lock) finds it and sees what was decided. An
 * unknown subscription is a 404; "renew now" for a date the subscription
 * has moved on from (`expected_next_renewal_at`) is a 409 before any write.
 * The compensation deletes a row it created.
 */
export const findOrCreateSubscriptionRenewalStep = createStep(
  "find-or-create-subscription-renewal",
  async (input: { subscription_id: string; now: string; manual: boolean; expected_next_renewal_at: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const subscription = await service.retrieveRoutineSubscription(input.subscription_id)
    if (input.manual) assertNotRenewedSince(subscription.next_renewal_at, input.expected_next_renewal_at)
    const [found] = await service.listRoutineSubscriptionRenewals({
      subscription_id: subscription.id,
      due_at: subscription.next_renewal_at,
    })
    // A scheduled run before the date (a second server that waited for the
    // lock while the first renewed and moved the date on) makes no row.
    const due = input.manual || subscription.next_renewal_at <= new Date(input.now)
    const created = !found && due
      ? await service.createRoutineSubscriptionRenewals({ subscription_id: subscription.id, due_at: subscription.next_renewal_at })
      : null
    return new StepResponse({ subscription, renewal: found ?? created }, created?.id ?? null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineSubscriptionRenewals(createdId)
  }
)
