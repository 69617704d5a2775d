import { USERS, type AdminUser } from "./users"

type Json = Record<string, any>

export type Api = {
  get: (path: string) => Promise<Json>
  post: (path: string, body?: unknown) => Promise<Json>
}

const client = (baseUrl: string, headers: Record<string, string>): Api => {
  const request = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) {
      throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(data)}`)
    }
    return data as Json
  }
  return {
    get: (path) => request("GET", path),
    post: (path, body) => request("POST", path, body ?? {}),
  }
}

/** The admin API as a user (the owner unless told), through the real login route. */
export const adminApi = async (baseUrl: string, user: AdminUser = USERS.owner) => {
  const { token } = await client(baseUrl, {}).post("/auth/user/emailpass", {
    email: user.email,
    password: user.password,
  })
  return client(baseUrl, { authorization: `Bearer ${token}` })
}

const publishableToken = async (admin: Api) => {
  const { api_keys } = await admin.get(
    "/admin/api-keys?type=publishable&fields=id,token,revoked_at"
  )
  const key = api_keys.find((k: Json) => !k.revoked_at)
  if (!key) {
    throw new Error("The seed created no publishable API key")
  }
  return key.token as string
}

// The seeded storefront key, as a storefront would be configured with it.
export const storeApi = async (baseUrl: string, admin: Api) =>
  client(baseUrl, { "x-publishable-api-key": await publishableToken(admin) })

/** The store API as a signed-in customer (core's emailpass login), with the seeded storefront key. */
export const customerApi = async (baseUrl: string, admin: Api, login: { email: string; password: string }) => {
  const { token } = await client(baseUrl, {}).post("/auth/customer/emailpass", login)
  return client(baseUrl, { "x-publishable-api-key": await publishableToken(admin), authorization: `Bearer ${token}` })
}

/**
 * A shopper buys the routine as a bundle and checks out with the system
 * payment provider, all through the store API.
 */
export const placeRoutineOrder = async (
  store: Api,
  input: { regionId: string; routineId: string; symptoms: string[] }
) => {
  const { cart } = await store.post("/store/carts", {
    region_id: input.regionId,
    email: "shopper@routine.test",
    shipping_address: {
      first_name: "Ada",
      last_name: "Shopper",
      address_1: "Nørregade 1",
      city: "Copenhagen",
      postal_code: "1165",
      country_code: "dk",
    },
  })
  await store.post(`/store/carts/${cart.id}/routine-bundles`, {
    routine_id: input.routineId,
    symptoms: input.symptoms,
  })
  const { shipping_options } = await store.get(
    `/store/shipping-options?cart_id=${cart.id}`
  )
  await store.post(`/store/carts/${cart.id}/shipping-methods`, {
    option_id: shipping_options[0].id,
  })
  const { payment_collection } = await store.post("/store/payment-collections", {
    cart_id: cart.id,
  })
  await store.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
    provider_id: "pp_system_default",
  })
  const completed = await store.post(`/store/carts/${cart.id}/complete`)
  if (completed.type !== "order") {
    throw new Error(`Cart did not complete: ${JSON.stringify(completed)}`)
  }
  return completed.order as Json
}
