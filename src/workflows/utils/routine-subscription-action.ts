import { MedusaError } from "@medusajs/framework/utils"
import { subscriptionActionRefusal, type SubscriptionAction } from "../../lib/subscription-actions"
import type { SubscriptionStatus } from "../../types/subscription"
import type { SubscriptionRefusal } from "../steps/refuse-routine-subscription-action"

/** What every management workflow of a subscription takes. */
export type RoutineSubscriptionActionInput = {
  id: string
  /** A shopper's action: only their own subscription is found (another's is a 404). Omitted: the merchant's. */
  customer_id?: string
  /** The workflow's clock (ISO); tests pass it, the routes leave it to now. */
  now?: string
  additional_data?: Record<string, unknown>
}

/** The subscription the action is about, as a shopper may see it: theirs only. */
export const subscriptionFilters = ({ id, customer_id }: RoutineSubscriptionActionInput) => ({
  id,
  ...(customer_id !== undefined && { customer_id }),
})

export const nowOf = ({ now }: RoutineSubscriptionActionInput) => (now ? new Date(now) : new Date()).toISOString()

/** The fields every action's decision reads. */
export const SUBSCRIPTION_STATE_FIELDS = ["id", "status", "interval_weeks", "next_renewal_at"]

/** A 409 when the subscription's state forbids the action. */
export const stateRefusal = (action: SubscriptionAction, status: SubscriptionStatus): SubscriptionRefusal => {
  const message = subscriptionActionRefusal(action, status)
  return message ? { type: MedusaError.Types.CONFLICT, message } : null
}
