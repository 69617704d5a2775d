"use server"

import type {
  StoreCancelRoutineSubscriptionRequest,
  StoreRenewRoutineSubscriptionRequest,
  StoreRoutineSubscriptionCheckinRequest,
  StoreUpdateRoutineSubscriptionRequest,
} from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { bundlesClient } from "../config"
import { attempt } from "../util/action-result"

/** The subscription actions that take nothing but the subscription. */
export type SubscriptionAction = "skip" | "pause" | "resume"

/**
 * Runs a change through the plugin's client and answers the store's answer;
 * the account's list and the subscription's page then show it.
 */
const change = <T>(send: (client: Awaited<ReturnType<typeof bundlesClient>>["subscriptions"]) => Promise<T>) =>
  attempt(async () => {
    const answer = await send((await bundlesClient()).subscriptions)
    revalidatePath("/[countryCode]/account", "layout")
    return answer
  })

/** Skip the next refill, pause or resume. */
export async function runSubscriptionAction(id: string, action: SubscriptionAction) {
  return change((subscriptions) => subscriptions[action](id))
}

/**
 * Renew now, at the refill price and for the renewal date the page showed:
 * the store refuses (409) a price that changed since, and a second click
 * after the first renewed orders nothing. Answers the subscription: its
 * newest renewal says whether the order was placed or why not.
 */
export async function renewSubscription(id: string, body: StoreRenewRoutineSubscriptionRequest) {
  return change((subscriptions) => subscriptions.renew(id, body))
}

/** A new interval or a step's product swapped, from the next refill on. */
export async function updateSubscription(id: string, body: StoreUpdateRoutineSubscriptionRequest) {
  return change((subscriptions) => subscriptions.update(id, body))
}

export async function cancelSubscription(id: string, body: StoreCancelRoutineSubscriptionRequest) {
  return change((subscriptions) => subscriptions.cancel(id, body))
}

/**
 * The refill a check-in answer would give, priced by the store's rule,
 * without saving it: shown as the shopper ticks, before they save.
 */
export async function previewCheckIn(id: string, body: StoreRoutineSubscriptionCheckinRequest) {
  return attempt(async () => (await (await bundlesClient()).subscriptions.previewCheckIn(id, body)).refill)
}

/**
 * The skin check-in: the warning signs ticked now rebuild the next refill by
 * the store's rule; answers the refill it rebuilt, priced, for the shopper to see.
 */
export async function checkInSubscription(id: string, body: StoreRoutineSubscriptionCheckinRequest) {
  return attempt(async () => {
    const { refill } = await (await bundlesClient()).subscriptions.checkIn(id, body)
    revalidatePath("/[countryCode]/account", "layout")
    return refill
  })
}
