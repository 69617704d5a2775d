"use server"

import { FetchError } from "@medusajs/js-sdk"
import { retryWhenCartBusy } from "medusa-plugin-routine-bundles-client"
import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { getI18n } from "../i18n/server"
import { attempt } from "../util/action-result"
import { sdk } from "../config"
import { retrieveCart } from "./cart"
import { removeAuthToken, removeCartId, setAuthToken } from "./cookies"

export type SignInDetails = { email: string; password: string }
export type SignUpDetails = SignInDetails & { first_name: string; last_name: string }

/** Where a shopper goes once signed in: back to checkout when they came from there, else their account. */
const landing = (countryCode: string, next?: string) => `/${countryCode}/${next === "checkout" ? "checkout" : "account"}`

/** Medusa's emailpass provider answers a token; anything else (a redirect, a second factor) is not offered here. */
const authenticate = async ({ email, password }: SignInDetails) => {
  const { t } = await getI18n()
  const token = await (await sdk()).auth.login("customer", "emailpass", { email, password }).catch((error: unknown) => {
    if (error instanceof FetchError && error.status === 401) throw new Error(t.account.wrongPassword)
    throw error
  })
  if (typeof token !== "string") throw new Error(t.account.unsupportedSignIn)
  return token
}

/**
 * Keeps the token in the httpOnly cookie and carries the shopper's open cart
 * over to the customer (core's cart transfer, as dtc-starter's transferCart):
 * the plugin re-prices its routines there for the customer's groups.
 */
const startSession = async (token: string) => {
  await setAuthToken(token)
  const cart = await retrieveCart()
  if (cart) {
    const asCustomer = { authorization: `Bearer ${token}` }
    await retryWhenCartBusy(async () => (await sdk()).store.cart.transferCart(cart.id, {}, asCustomer))
  }
  revalidatePath("/", "layout")
}

export async function signIn(countryCode: string, details: SignInDetails, next?: string) {
  const result = await attempt(async () => startSession(await authenticate(details)))
  if (!result.ok) return result
  redirect(landing(countryCode, next))
}

/** A new customer: an emailpass identity, then the customer on it (with the registration token), then signed in. */
export async function signUp(countryCode: string, details: SignUpDetails, next?: string) {
  const result = await attempt(async () => {
    const [client, { t }] = await Promise.all([sdk(), getI18n()])
    const registration = await client.auth
      .register("customer", "emailpass", { email: details.email, password: details.password })
      .catch((error: unknown) => {
        if (error instanceof FetchError && (error.status ?? 500) < 500) {
          throw new Error(t.account.emailTaken)
        }
        throw error
      })
    await client.store.customer.create(
      { email: details.email, first_name: details.first_name, last_name: details.last_name },
      {},
      { authorization: `Bearer ${registration}` }
    )
    await startSession(await authenticate(details))
  })
  if (!result.ok) return result
  redirect(landing(countryCode, next))
}

/** Forgets the token; the cart went to the customer, so a signed-out shopper starts a new one (as dtc-starter does). */
export async function signOut(countryCode: string) {
  await removeAuthToken()
  await removeCartId()
  revalidatePath("/", "layout")
  redirect(`/${countryCode}/account`)
}
