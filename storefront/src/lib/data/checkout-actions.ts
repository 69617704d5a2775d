"use server"

import type { HttpTypes } from "@medusajs/types"
import { retryWhenCartBusy } from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { attempt } from "../util/action-result"
import { sdk } from "../config"
import { requireCart } from "./cart"
import { removeCartId } from "./cookies"

export type ContactDetails = {
  email: string
  shipping_address: Pick<
    HttpTypes.StoreAddAddress,
    "first_name" | "last_name" | "address_1" | "city" | "postal_code" | "country_code" | "phone"
  >
}

/** Email and shipping address; billing goes to the same address. */
export async function saveContact(details: ContactDetails) {
  return attempt(async () => {
    const cart = await requireCart()
    // Core's route, with the plugin's cart rules when the cart holds a bundle.
    await retryWhenCartBusy(async () =>
      (await sdk()).store.cart.update(cart.id, {
        email: details.email,
        shipping_address: details.shipping_address,
        billing_address: details.shipping_address,
      })
    )
    revalidatePath("/[countryCode]/checkout", "page")
  })
}

export async function setShippingMethod(optionId: string) {
  return attempt(async () => {
    const cart = await requireCart()
    await (await sdk()).store.cart.addShippingMethod(cart.id, { option_id: optionId })
    revalidatePath("/[countryCode]/checkout", "page")
  })
}

/**
 * Pays with the chosen provider and completes the cart. The plugin checks
 * every bundle line against its record here and refuses a tampered cart.
 * On success the shopper lands on the order's confirmation.
 */
export async function placeOrder(countryCode: string, providerId: string) {
  const result = await attempt(async () => {
    const cart = await requireCart()
    await (await sdk()).store.payment.initiatePaymentSession(cart, { provider_id: providerId })
    const completed = await retryWhenCartBusy(async () => (await sdk()).store.cart.complete(cart.id))
    if (completed.type !== "order") {
      throw new Error(completed.error?.message ?? "The order could not be placed")
    }
    return completed.order.id
  })
  if (!result.ok) return result
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/${countryCode}/order/${result.data}/confirmed`)
}
