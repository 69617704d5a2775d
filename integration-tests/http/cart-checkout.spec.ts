import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import {
  addBundle,
  cents,
  quote,
  regionOf,
  ROUTINE,
  type Seeded,
} from "../helpers/bundle-cart"
import { createRoutineFixture, variantOf } from "../helpers/bundle-fixtures"
import {
  complete,
  createCheckoutCart as createCheckoutCartIn,
  prepareForCompletion,
} from "../helpers/checkout"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let eurId: string

    const createCheckoutCart = () => createCheckoutCartIn(api, seeded, eurId)

    /** Shipping, payment with the system provider, completion: the order. */
    const checkout = async (cartId: string) => {
      await prepareForCompletion(api, seeded, cartId)
      const { data } = await complete(api, seeded, cartId)
      expect(data.type).toEqual("order")
      return data.order
    }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
      admin = await createAdminHeaders(api, getContainer())
      await createRoutineFixture(getContainer(), seeded, {
        handle: "draft-solo",
        status: "draft",
        discount: { type: "percentage", value: 10 },
        steps: [{ handle: "cleanse", products: ["moisturising-cleansing-milk"] }],
      })
    })

    // Medusa's test runner restores the seeded database before every test, so
    // each test builds what it needs.
    describe("checkout of a bundle", () => {
      it("orders the bundle at the quoted price and shows it to the admin", async () => {
        const cartId = await createCheckoutCart()
        const quoted = (await quote(api, seeded, { region_id: eurId, symptoms: ["itching"] })).data.quote
        const added = await addBundle(api, seeded, cartId, { symptoms: ["itching"] })
        expect(added.status).toEqual(200)

        const order = await checkout(cartId)
        const { data: placed } = await api.get(
          `/admin/orders/${order.id}?fields=total,shipping_total,item_total,*items`,
          admin
        )
        expect(placed.order.shipping_total).toEqual(4.9)
        expect(cents(placed.order.total) - cents(placed.order.shipping_total)).toEqual(cents(quoted.total))
        expect(cents(placed.order.item_total)).toEqual(cents(quoted.total))
        expect(placed.order.items.map((i: any) => i.unit_price).sort()).toEqual(
          quoted.items.map((i: any) => i.discounted_unit_price).sort()
        )

        const { status, data } = await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)
        expect(status).toEqual(200)
        expect(data.routine_bundles).toHaveLength(1)
        const [bundle] = data.routine_bundles
        expect(bundle).toMatchObject({
          routine: { title: "Barrier Restoration Routine", handle: ROUTINE },
          currency_code: "eur",
          quantity: 1,
          subtotal: quoted.subtotal,
          discount_total: quoted.discount_total,
          total: quoted.total,
        })
        // In step order, as the routine was when the bundle was bought.
        expect(
          bundle.items.map((i: any) => [i.step.position, i.step.handle, i.product.id, i.variant.id, i.reason, i.unit_price, i.discounted_unit_price])
        ).toEqual(
          quoted.items.map((i: any) => [i.step.position, i.step.handle, i.product.id, i.variant.id, i.reason, i.unit_price, i.discounted_unit_price])
        )
        expect(bundle.items.map((i: any) => i.step.position)).toEqual([1, 2, 3, 4, 5])
        // Once order.placed was handled, each item knows the order line it became.
        const lines = placed.order.items.map((l: any) => l.id)
        const recorded = await eventually(async () => {
          const { data } = await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)
          expect(data.routine_bundles[0].items.map((i: any) => i.order_line_item_id).sort()).toEqual([...lines].sort())
          return data
        })
        for (const item of recorded.routine_bundles[0].items) {
          expect(item).toMatchObject({ quantity: 1, return_received_quantity: 0, refund_amount: 0 })
        }
        expect(recorded.flags).toEqual([])
      })

      it("shows a returned item at its bundle price, the refund Medusa owes for it", async () => {
        const cartId = await createCheckoutCart()
        const added = await addBundle(api, seeded, cartId, { symptoms: ["itching"] })
        expect(added.status).toEqual(200)
        const order = await checkout(cartId)
        const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=*items`, admin)
        const items = placed.order.items.map((l: any) => ({ id: l.id, quantity: l.quantity }))
        const location_id = seeded.stockLocation.id
        await api.post(`/admin/orders/${order.id}/fulfillments`, { items, location_id }, admin)

        const bundle = (await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)).data.routine_bundles[0]
        // The serum: the item with the largest discount share.
        const serum = bundle.items.find((i: any) => i.step.handle === "soothe-and-repair")
        const line = await eventually(async () => {
          const { data } = await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)
          const item = data.routine_bundles[0].items.find((i: any) => i.id === serum.id)
          expect(item.order_line_item_id).toBeTruthy()
          return item.order_line_item_id as string
        })

        const summary = async () =>
          (await api.get(`/admin/orders/${order.id}?fields=summary`, admin)).data.order
        const before = await summary()
        const { data: created } = await api.post("/admin/returns", { order_id: order.id, location_id }, admin)
        const returnId = created.return.id
        await api.post(`/admin/returns/${returnId}/request-items`, { items: [{ id: line, quantity: 1 }] }, admin)
        await api.post(`/admin/returns/${returnId}/request`, {}, admin)
        await api.post(`/admin/returns/${returnId}/receive`, {}, admin)
        await api.post(`/admin/returns/${returnId}/receive-items`, { items: [{ id: line, quantity: 1 }] }, admin)
        await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, admin)

        const { data } = await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)
        const returned = data.routine_bundles[0].items.find((i: any) => i.id === serum.id)
        expect(returned).toMatchObject({
          order_line_item_id: line,
          return_requested_quantity: 0,
          return_received_quantity: 1,
          refund_amount: serum.discounted_unit_price,
        })
        expect(returned.refund_amount).toBeLessThan(serum.unit_price)
        for (const other of data.routine_bundles[0].items.filter((i: any) => i.id !== serum.id)) {
          expect(other).toMatchObject({ return_received_quantity: 0, refund_amount: 0 })
        }
        // Medusa's own ledger agrees: what the order now owes the shopper
        // is the bundle price of the returned item, not its regular price.
        const after = await summary()
        expect(cents(before.summary.pending_difference) - cents(after.summary.pending_difference)).toEqual(cents(serum.discounted_unit_price))
      })

      it("lists no bundles for an order without any, and 404 for an unknown order", async () => {
        const cartId = await createCheckoutCart()
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 },
          seeded.storeHeaders
        )
        const order = await checkout(cartId)
        const plain = await api.get(`/admin/orders/${order.id}/routine-bundles`, admin)
        expect(plain.data).toEqual({
          routine_bundles: [],
          flags: [],
          partial_return_policy: "keep_discount",
          reprice_credited: 0,
          reprice_uncredited: 0,
        })

        const unknown = await api
          .get("/admin/orders/order_nope/routine-bundles", admin)
          .catch((e) => e.response)
        expect(unknown.status).toEqual(404)
        expect(unknown.data.type).toEqual("not_found")

        const anonymous = await api
          .get(`/admin/orders/${order.id}/routine-bundles`)
          .catch((e) => e.response)
        expect(anonymous.status).toEqual(401)
      })
    })

    describe("POST /admin/routines/:id/quote", () => {
      it("previews drafts as well as published routines", async () => {
        const draft = await api.post("/admin/routines/draft-solo/quote", { region_id: eurId }, admin)
        expect(draft.status).toEqual(200)
        // 14.90 - 10 % (1.49)
        expect(draft.data.quote).toMatchObject({ complete: true, subtotal: 14.9, discount_total: 1.49, total: 13.41 })

        const published = await api.post(
          `/admin/routines/${ROUTINE}/quote`,
          { region_id: eurId, quantity: 2, sales_channel_id: seeded.salesChannel.id },
          admin
        )
        expect(published.data.quote).toMatchObject({ complete: true, total: 191.24 })
      })

      it("refuses price-like fields, unknown routines and anonymous callers", async () => {
        const priced = await api
          .post(`/admin/routines/${ROUTINE}/quote`, { region_id: eurId, unit_price: 1 }, admin)
          .catch((e) => e.response)
        expect(priced.status).toEqual(400)
        expect(priced.data.message).toContain("unit_price")

        const unknown = await api
          .post("/admin/routines/nope/quote", { region_id: eurId }, admin)
          .catch((e) => e.response)
        expect(unknown.status).toEqual(404)

        const anonymous = await api
          .post(`/admin/routines/${ROUTINE}/quote`, { region_id: eurId })
          .catch((e) => e.response)
        expect(anonymous.status).toEqual(401)
      })
    })
  },
})
