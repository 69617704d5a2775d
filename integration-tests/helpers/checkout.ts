import type { Seeded } from "./bundle-cart"

type Api = {
  get: (url: string, config?: unknown) => Promise<any>
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
}

export const SHOPPER_ADDRESS = {
  first_name: "Ada",
  last_name: "Shopper",
  address_1: "Nyhavn 1",
  city: "Copenhagen",
  postal_code: "1051",
  country_code: "dk",
}

/** A cart ready for checkout in a region: email and a Danish shipping address. */
export const createCheckoutCart = async (api: Api, seeded: Seeded, regionId: string, extra: Record<string, unknown> = {}) => {
  const { data } = await api.post(
    "/store/carts",
    { region_id: regionId, email: "shopper@routine.test", shipping_address: SHOPPER_ADDRESS, ...extra },
    seeded.storeHeaders
  )
  return data.cart.id as string
}

/** Shipping and a payment session with the system provider: all a cart needs to be completed. */
export const prepareForCompletion = async (api: Api, seeded: Seeded, cartId: string) => {
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, seeded.storeHeaders)
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: options.shipping_options[0].id },
    seeded.storeHeaders
  )
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, seeded.storeHeaders)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    seeded.storeHeaders
  )
}

/** POST /store/carts/:id/complete, answered or refused. */
export const complete = (api: Api, seeded: Seeded, cartId: string) =>
  api.post(`/store/carts/${cartId}/complete`, {}, seeded.storeHeaders).catch((e: any) => e.response)
