import "server-only"
import { RoutineBundlesError, type RoutineSubscription, type RoutineSubscriptionRefill } from "medusa-plugin-routine-bundles-client"
import { cache } from "react"
import { bundlesClient } from "../config"

/** The customer's subscriptions, newest first, each with its routine (the shopper's SDK sends their token). */
export const listSubscriptions = async (): Promise<RoutineSubscription[]> =>
  (await (await bundlesClient()).subscriptions.list({ limit: 50 })).routine_subscriptions

/** One subscription with its renewals and orders, or null when it is not the customer's. */
export const getSubscription = cache(async (id: string): Promise<RoutineSubscription | null> =>
  (await bundlesClient()).subscriptions
    .retrieve(id)
    .then(({ routine_subscription }) => routine_subscription)
    .catch((error: unknown) => {
      if (error instanceof RoutineBundlesError && error.status === 404) return null
      throw error
    })
)

/**
 * The next refill as it would be ordered today: its products, price and
 * change since the last order. Null when the store cannot price it now (a
 * routine no longer sold, a step with nothing in stock): the page says so.
 */
export const getSubscriptionRefill = async (id: string): Promise<RoutineSubscriptionRefill | null> =>
  (await bundlesClient()).subscriptions
    .refill(id)
    .then(({ refill }) => refill)
    .catch((error: unknown) => {
      if (error instanceof RoutineBundlesError && error.status < 500) return null
      throw error
    })
