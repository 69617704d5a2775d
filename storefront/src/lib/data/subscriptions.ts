import "server-only"
import type {
  RoutineSubscription,
  RoutineSubscriptionRefill,
  StoreRoutineSubscriptionListResponse,
  StoreRoutineSubscriptionRefillResponse,
  StoreRoutineSubscriptionResponse,
} from "medusa-plugin-routine-bundles-client"
import { FetchError } from "@medusajs/js-sdk"
import { cache } from "react"
import { sdk } from "../config"

/** The signed-in customer's subscriptions route (the token goes with every call of the shopper's SDK). */
export const SUBSCRIPTIONS_PATH = "/store/customers/me/routine-subscriptions"

const notFoundAsNull = <T>(error: unknown): T | null => {
  if (error instanceof FetchError && error.status === 404) return null
  throw error
}

/** The customer's subscriptions, newest first, each with its routine. */
export const listSubscriptions = async (): Promise<RoutineSubscription[]> =>
  (
    await (await sdk()).client.fetch<StoreRoutineSubscriptionListResponse>(SUBSCRIPTIONS_PATH, {
      query: { limit: 50, order: "-created_at" },
    })
  ).routine_subscriptions

/** One subscription with its renewals (and their orders), or null when it is not the customer's. */
export const getSubscription = cache(async (id: string): Promise<RoutineSubscription | null> =>
  (await sdk()).client
    .fetch<StoreRoutineSubscriptionResponse>(`${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}`)
    .then(({ routine_subscription }) => routine_subscription)
    .catch(notFoundAsNull<RoutineSubscription>)
)

/**
 * The next refill as it would be ordered today: its products, price and
 * change since the last order. Null when the store cannot price it now (a
 * cancelled subscription, a routine no longer sold): the page says so.
 */
export const getSubscriptionRefill = async (id: string): Promise<RoutineSubscriptionRefill | null> =>
  (await sdk()).client
    .fetch<StoreRoutineSubscriptionRefillResponse>(`${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}/refill`)
    .then(({ refill }) => refill)
    .catch((error: unknown) => {
      if (error instanceof FetchError && (error.status ?? 500) < 500) return null
      throw error
    })
