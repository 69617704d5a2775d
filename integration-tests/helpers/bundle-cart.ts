import type { seedStore } from "./store"

type Api = {
  get: (url: string, config?: unknown) => Promise<any>
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
  delete: (url: string, config?: unknown) => Promise<any>
}

export type Seeded = Awaited<ReturnType<typeof seedStore>>

export const ROUTINE = "barrier-restoration"

/** The cart fields the bundle tests look at. */
export const CART_FIELDS =
  "fields=id,currency_code,region_id,total,subtotal,item_total,item_subtotal,discount_total," +
  "*items,items.is_custom_price,items.total,items.subtotal"

export const regionOf = (seeded: Seeded, currency: "eur" | "usd") =>
  seeded.regions.find((r) => r.currency_code === currency)!

export const createCart = async (
  api: Api,
  seeded: Seeded,
  currency: "eur" | "usd" = "eur",
  extra: Record<string, unknown> = {}
) => {
  const { data } = await api.post(
    "/store/carts",
    { region_id: regionOf(seeded, currency).id, ...extra },
    seeded.storeHeaders
  )
  return data.cart as { id: string }
}

export const getCart = async (api: Api, seeded: Seeded, cartId: string) => {
  const { data } = await api.get(`/store/carts/${cartId}?${CART_FIELDS}`, seeded.storeHeaders)
  return data.cart
}

export const addBundle = (
  api: Api,
  seeded: Seeded,
  cartId: string,
  body: Record<string, unknown> = {}
) =>
  api
    .post(
      `/store/carts/${cartId}/routine-bundles?${CART_FIELDS}`,
      { routine_id: ROUTINE, ...body },
      seeded.storeHeaders
    )
    .catch((e: any) => e.response)

export const quote = (
  api: Api,
  seeded: Seeded,
  body: Record<string, unknown>,
  routine = ROUTINE
) =>
  api
    .post(`/store/routines/${routine}/quote`, body, seeded.storeHeaders)
    .catch((e: any) => e.response)

/** The cart's lines grouped by the bundle id in their metadata. */
export const linesByBundle = (cart: { items: any[] }) =>
  cart.items.reduce<Record<string, any[]>>((groups, item) => {
    const id = item.metadata?.routine_bundle_id ?? "none"
    ;(groups[id] ??= []).push(item)
    return groups
  }, {})

/** Sum of unit_price × quantity, in cents, to compare money without floats. */
export const cents = (amount: number) => Math.round(amount * 100)
