import Medusa from "@medusajs/js-sdk"
import { routineBundles, type RoutineBundlesClientOptions } from "../../src/client/store"

type Api = { defaults: { baseURL?: string } }

/**
 * The plugin's typed store client, as a storefront builds it, pointed at the
 * test server: the HTTP tests go through it, so it cannot drift from the
 * routes. `token` logs a customer in (their groups' prices apply).
 */
export const storeClient = (
  api: Api,
  publishableKey: string,
  token?: string,
  options?: RoutineBundlesClientOptions
) => {
  const sdk = new Medusa({
    baseUrl: api.defaults.baseURL!,
    publishableKey,
    auth: { type: "jwt", jwtTokenStorageMethod: "memory" },
    logger: { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} },
  })
  if (token) {
    void sdk.client.setToken(token)
  }
  return { sdk, bundles: routineBundles(sdk, options) }
}

/** The error a client call rejected with (the test fails if it did not reject). */
export const rejection = async (promise: Promise<unknown>) => {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error
  )
  if (!outcome) {
    throw new Error("expected the call to be refused")
  }
  return outcome as { status: number; type: string; message: string; unavailable_steps?: unknown[] }
}
