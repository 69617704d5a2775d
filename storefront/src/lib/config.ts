import "server-only"
import Medusa from "@medusajs/js-sdk"
import { routineBundles, type RoutineBundlesClient } from "medusa-plugin-routine-bundles-client"
import { cache } from "react"
import { getAuthToken } from "./data/cookies"
import { LANGUAGES } from "./i18n"
import { getLanguage } from "./i18n/server"

// Read when the first request needs them, never at build time: `next build`
// runs with no backend, and the key differs per database, so both come from
// the server's environment (not NEXT_PUBLIC_: the browser never calls Medusa).
const required = (name: "MEDUSA_BACKEND_URL" | "MEDUSA_PUBLISHABLE_KEY") => {
  const value = process.env[name]
  if (!value) {
    throw new Error(`${name} is not set: the storefront needs the Medusa server's URL and its publishable key`)
  }
  return value
}

/*
 * One SDK per shopper, not one for the server: the signed-in customer's token
 * (from its httpOnly cookie) and the shopper's language go with every call,
 * core's and the plugin's client's alike, so carts, prices and orders are the
 * customer's and texts come in their language (x-medusa-locale, as
 * dtc-starter sends it). The SDK never stores the token itself (on a server
 * it keeps none).
 */
const connect = cache((token: string | undefined, locale: string) => {
  const sdk = new Medusa({
    baseUrl: required("MEDUSA_BACKEND_URL"),
    publishableKey: required("MEDUSA_PUBLISHABLE_KEY"),
    globalHeaders: { "x-medusa-locale": locale, ...(token && { authorization: `Bearer ${token}` }) },
  })
  return { sdk, bundles: routineBundles(sdk) }
})

const clients = async () => {
  const [token, language] = await Promise.all([getAuthToken(), getLanguage()])
  return connect(token, LANGUAGES[language].medusa)
}

/** Medusa's JS SDK, for core's store API (regions, products, carts, checkout, customers). */
export const sdk = async (): Promise<Medusa> => (await clients()).sdk

/** The plugin's typed client, on the same SDK: routines, quotes, bundles in carts and orders. */
export const bundlesClient = async (): Promise<RoutineBundlesClient> => (await clients()).bundles
