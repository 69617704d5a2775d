import Medusa from "@medusajs/js-sdk"
import { routineBundles, type RoutineBundlesClient } from "medusa-plugin-routine-bundles-client"

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

let clients: { sdk: Medusa; bundles: RoutineBundlesClient } | undefined

const connect = () => {
  if (!clients) {
    const sdk = new Medusa({
      baseUrl: required("MEDUSA_BACKEND_URL"),
      publishableKey: required("MEDUSA_PUBLISHABLE_KEY"),
    })
    clients = { sdk, bundles: routineBundles(sdk) }
  }
  return clients
}

/** Medusa's JS SDK, for core's store API (regions, products, carts, checkout). */
export const sdk = () => connect().sdk

/** The plugin's typed client, on the same SDK: routines, quotes, bundles in carts and orders. */
export const bundlesClient = () => connect().bundles
