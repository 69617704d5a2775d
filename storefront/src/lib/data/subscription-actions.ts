"use server"

import type {
  RoutineBundleChoice,
  StoreCancelRoutineSubscriptionRequest,
  StoreRoutineSubscriptionCheckinRequest,
  StoreRoutineSubscriptionResponse,
  StoreUpdateRoutineSubscriptionRequest,
} from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { bundlesClient, sdk } from "../config"
import { attempt } from "../util/action-result"
import { SUBSCRIPTIONS_PATH } from "./subscriptions"

/** The subscription actions the store offers a shopper, each a POST on the subscription. */
export type SubscriptionAction = "skip" | "renew" | "pause" | "resume"

const post = async (id: string, action: string, body: object = {}) => {
  await (await sdk()).client.fetch<StoreRoutineSubscriptionResponse>(
    `${SUBSCRIPTIONS_PATH}/${encodeURIComponent(id)}${action}`,
    { method: "POST", body }
  )
  // The account's list and the subscription's page show what changed.
  revalidatePath("/[countryCode]/account", "layout")
}

/** Skip the next refill, renew now, pause or resume. */
export async function runSubscriptionAction(id: string, action: SubscriptionAction) {
  return attempt(() => post(id, `/${action}`))
}

/** A new interval or a step's product swapped, from the next refill on. */
export async function updateSubscription(id: string, change: StoreUpdateRoutineSubscriptionRequest) {
  return attempt(() => post(id, "", change))
}

export async function cancelSubscription(id: string, body: StoreCancelRoutineSubscriptionRequest) {
  return attempt(() => post(id, "/cancel", body))
}

/** The skin check-in: the warning signs ticked now rebuild the next refill. */
export async function checkInSubscription(id: string, body: StoreRoutineSubscriptionCheckinRequest) {
  return attempt(() => post(id, "/check-in", body))
}

/**
 * What the next refill would be with these warning signs, before the shopper
 * saves the check-in: the routine quoted in the subscription's region at its
 * interval (nothing is written).
 */
export async function previewCheckIn(routineId: string, regionId: string, choice: RoutineBundleChoice) {
  return attempt(async () => (await (await bundlesClient()).routines.quote(routineId, { ...choice, region_id: regionId })).quote)
}
