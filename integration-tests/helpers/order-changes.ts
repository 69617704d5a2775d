import { addBundle, regionOf, type Seeded } from "./bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion } from "./checkout"
import { eventually } from "./eventually"

type Api = {
  get: (url: string, config?: unknown) => Promise<any>
  post: (url: string, body?: unknown, config?: unknown) => Promise<any>
  delete: (url: string, config?: unknown) => Promise<any>
}
type Admin = { headers: Record<string, string> }

/** The admin's view of an order's bundles (GET /admin/orders/:id/routine-bundles). */
export const orderBundles = async (api: Api, admin: Admin, orderId: string) =>
  (await api.get(`/admin/orders/${orderId}/routine-bundles`, admin)).data

/**
 * An order of one five-step bundle of the demo routine in EUR, paid
 * (captured), once order.placed tied each item to its order line. Fulfilled
 * for a return to start from; an order edit can only take away units not
 * fulfilled yet.
 */
export const placeBundleOrder = async (api: Api, seeded: Seeded, admin: Admin, { fulfilled }: { fulfilled: boolean }) => {
  const cartId = await createCheckoutCart(api, seeded, regionOf(seeded, "eur").id)
  const added = await addBundle(api, seeded, cartId, { symptoms: ["itching"] })
  if (added.status !== 200) throw new Error(`adding the bundle answered ${added.status}: ${JSON.stringify(added.data)}`)
  await prepareForCompletion(api, seeded, cartId)
  const { data } = await complete(api, seeded, cartId)
  const orderId = data.order.id as string
  const { data: placed } = await api.get(`/admin/orders/${orderId}?fields=*items,*payment_collections.payments`, admin)
  for (const payment of placed.order.payment_collections.flatMap((c: any) => c.payments)) {
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
  }
  if (fulfilled) {
    const items = placed.order.items.map((l: any) => ({ id: l.id, quantity: l.quantity }))
    await api.post(`/admin/orders/${orderId}/fulfillments`, { items, location_id: seeded.stockLocation.id }, admin)
  }
  const bundle = await eventually(async () => {
    const [recorded] = (await orderBundles(api, admin, orderId)).routine_bundles
    for (const item of recorded.items) expect(item.order_line_item_id).toBeTruthy()
    return recorded
  })
  return { orderId, bundle }
}

/** Medusa's ledger of the order: what it still owes the shopper (negative) and its credit lines. */
export const orderLedger = async (api: Api, admin: Admin, orderId: string) =>
  (await api.get(`/admin/orders/${orderId}?fields=summary,total,item_total,*credit_lines`, admin)).data.order

/** A return of these order lines, requested, received and confirmed through core's admin routes. */
export const returnLines = async (api: Api, seeded: Seeded, admin: Admin, orderId: string, lines: string[]) => {
  const items = lines.map((id) => ({ id, quantity: 1 }))
  const { data: created } = await api.post("/admin/returns", { order_id: orderId, location_id: seeded.stockLocation.id }, admin)
  const returnId = created.return.id
  await api.post(`/admin/returns/${returnId}/request-items`, { items }, admin)
  await api.post(`/admin/returns/${returnId}/request`, {}, admin)
  await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
  await api.post(`/admin/returns/${returnId}/receive-items`, { items }, admin)
  await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)
  return returnId as string
}

/** A refund claim writing these order lines off (damaged), requested through core's admin routes. */
export const claimLines = async (api: Api, admin: Admin, orderId: string, lines: string[]) => {
  const { data: created } = await api.post("/admin/claims", { order_id: orderId, type: "refund" }, admin)
  const claimId = created.claim.id as string
  const items = lines.map((id) => ({ id, quantity: 1, reason: "production_failure" }))
  await api.post(`/admin/claims/${claimId}/claim-items`, { items }, admin)
  return api.post(`/admin/claims/${claimId}/request`, {}, admin)
}
