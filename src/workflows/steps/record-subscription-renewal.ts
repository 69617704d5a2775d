import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

type Changes = Record<string, unknown> | null

export type RenewalWrites = {
  subscription_id: string
  /** Null: no renewal row is written (a reminder). */
  renewal_id: string | null
  /** Null: unchanged. Dates as ISO strings. */
  subscription: Changes
  renewal: Changes
}

const SUBSCRIPTION_FIELDS = ["status", "next_renewal_at", "last_total", "price_notice", "checkin_requested_at", "last_failure_reason", "last_failure_message"]
const RENEWAL_FIELDS = ["status", "attempts", "retry_at", "cart_id", "order_id", "total", "failure_reason", "failure_message"]

const pick = (row: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((f) => [f, row[f]]))

const DATE_FIELDS = ["next_renewal_at", "checkin_requested_at", "retry_at"]
const withDates = (changes: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(changes).map(([k, v]) => [k, DATE_FIELDS.includes(k) && typeof v === "string" ? new Date(v) : v])
  )

/**
 * Writes what a renewal run (or a reminder) decided on the renewal row and the subscription.
 * Both are read first, so the compensation puts back what was there.
 */
export const recordSubscriptionRenewalStep = createStep(
  "record-subscription-renewal",
  async (input: RenewalWrites, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const renewalId = input.renewal ? input.renewal_id : null
    const [subscription, renewal] = await Promise.all([
      service.retrieveRoutineSubscription(input.subscription_id),
      renewalId ? service.retrieveRoutineSubscriptionRenewal(renewalId) : null,
    ])
    const before = {
      subscription: input.subscription && pick(subscription as unknown as Record<string, unknown>, SUBSCRIPTION_FIELDS),
      renewal: renewal && pick(renewal as unknown as Record<string, unknown>, RENEWAL_FIELDS),
    }
    const [updatedSubscription, updatedRenewal] = await Promise.all([
      input.subscription ? service.updateRoutineSubscriptions({ id: subscription.id, ...withDates(input.subscription) }) : subscription,
      renewal ? service.updateRoutineSubscriptionRenewals({ id: renewal.id, ...withDates(input.renewal!) }) : null,
    ])
    return new StepResponse(
      { subscription: updatedSubscription, renewal: updatedRenewal },
      { subscription_id: subscription.id, renewal_id: renewal?.id ?? null, before }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    if (undo.before.subscription) await service.updateRoutineSubscriptions({ id: undo.subscription_id, ...undo.before.subscription })
    if (undo.renewal_id && undo.before.renewal) await service.updateRoutineSubscriptionRenewals({ id: undo.renewal_id, ...undo.before.renewal })
  }
)
