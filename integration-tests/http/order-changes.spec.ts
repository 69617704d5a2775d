import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { cents, type Seeded } from "../helpers/bundle-cart"
import { claimLines, orderBundles, orderLedger, placeBundleOrder, returnLines } from "../helpers/order-changes"
import { readableErrors } from "../helpers/readable-errors"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

// The default partial_return_policy, keep_discount: what a shopper keeps
// keeps its bundle price. order-changes-reprice.spec.ts runs reprice_kept.
integrationTestRunner({
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = readableErrors(runnerApi)
    let seeded: Seeded
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
    })

    const refused = (e: any) => e.response

    /** An order edit begun on the order; the change stays pending until requested and confirmed. */
    const beginEdit = (orderId: string) => api.post("/admin/order-edits", { order_id: orderId }, admin)
    const editLine = (orderId: string, lineId: string, body: Record<string, unknown>) =>
      api.post(`/admin/order-edits/${orderId}/items/item/${lineId}`, body, admin)

    describe("order edits", () => {
      it("an edit that removes a bundle item leaves the bundle as the order's lines are: the item gone, the rest at its bundle price", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: false })
        const removed = bundle.items.find((i: any) => i.step.handle === "soothe-and-repair")
        await beginEdit(orderId)
        await editLine(orderId, removed.order_line_item_id, { quantity: 0 })
        await api.post(`/admin/order-edits/${orderId}/request`, {}, admin)
        await api.post(`/admin/order-edits/${orderId}/confirm`, {}, admin)

        const ledger = await orderLedger(api, admin, orderId)
        const { routine_bundles, partial_return_policy, reprice_uncredited } = await orderBundles(api, admin, orderId)
        expect(partial_return_policy).toEqual("keep_discount")
        const [after] = routine_bundles
        // As bought...
        expect(after.total).toEqual(bundle.total)
        // ...and as it stands: what the order's lines now hold.
        expect(cents(after.kept_total)).toEqual(cents(ledger.item_total))
        expect(cents(after.kept_total)).toEqual(cents(bundle.total) - cents(removed.discounted_unit_price))
        expect(after.reprice_amount).toEqual(0)
        expect(reprice_uncredited).toEqual(0)
        for (const item of after.items) {
          const gone = item.id === removed.id
          expect(item).toMatchObject({ quantity: 1, order_quantity: gone ? 0 : 1, kept_quantity: gone ? 0 : 1 })
        }
      })

      it("an edit cannot change a bundle line's price: 409 with the figures, the edit left pending and the order unchanged", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: false })
        const before = await orderLedger(api, admin, orderId)
        const item = bundle.items[0]
        await beginEdit(orderId)
        await editLine(orderId, item.order_line_item_id, { quantity: 1, unit_price: 0.01 })
        for (const step of ["request", "confirm"]) {
          const { status, data } = await api.post(`/admin/order-edits/${orderId}/${step}`, {}, admin).catch(refused)
          expect(status).toEqual(409)
          expect(data.message).toContain(`is priced by its routine bundle at ${item.discounted_unit_price}; an order change cannot make it 0.01`)
        }
        const after = await orderLedger(api, admin, orderId)
        expect(after.total).toEqual(before.total)
        expect((await orderBundles(api, admin, orderId)).routine_bundles[0].kept_total).toEqual(bundle.total)
        // The merchant can still cancel the edit: the order is as it was.
        expect((await api.delete(`/admin/order-edits/${orderId}`, admin)).status).toEqual(200)
      })

      it("an edit cannot sell more units at the bundle price; a new item at its own price is fine", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: false })
        const item = bundle.items[0]
        await beginEdit(orderId)
        await editLine(orderId, item.order_line_item_id, { quantity: 3 })
        const { status, data } = await api.post(`/admin/order-edits/${orderId}/request`, {}, admin).catch(refused)
        expect(status).toEqual(409)
        expect(data.message).toContain("would have 3 units, its routine bundle holds 1: add more units as a new item at their own price")

        await editLine(orderId, item.order_line_item_id, { quantity: 1 })
        await api.post(`/admin/order-edits/${orderId}/items`, { items: [{ variant_id: item.variant.id, quantity: 2 }] }, admin)
        expect((await api.post(`/admin/order-edits/${orderId}/request`, {}, admin)).status).toEqual(200)
        expect((await api.post(`/admin/order-edits/${orderId}/confirm`, {}, admin)).status).toEqual(200)
        const ledger = await orderLedger(api, admin, orderId)
        expect(cents(ledger.item_total)).toEqual(cents(bundle.total) + 2 * cents(item.unit_price))
        expect((await orderBundles(api, admin, orderId)).routine_bundles[0].kept_total).toEqual(bundle.total)
      })
    })

    describe("returns under keep_discount", () => {
      it("a returned item comes back at its bundle price; the kept items keep theirs", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
        const returned = bundle.items.find((i: any) => i.step.handle === "soothe-and-repair")
        const before = await orderLedger(api, admin, orderId)
        await returnLines(api, seeded, admin, orderId, [returned.order_line_item_id])
        const after = await orderLedger(api, admin, orderId)
        expect(cents(before.summary.pending_difference) - cents(after.summary.pending_difference)).toEqual(
          cents(returned.discounted_unit_price)
        )
        const [now] = (await orderBundles(api, admin, orderId)).routine_bundles
        expect(cents(now.kept_total)).toEqual(cents(bundle.total) - cents(returned.discounted_unit_price))
        expect(now.reprice_amount).toEqual(0)
        expect(now.items.find((i: any) => i.id === returned.id)).toMatchObject({
          order_quantity: 1,
          return_received_quantity: 1,
          kept_quantity: 0,
          refund_amount: returned.discounted_unit_price,
        })
        expect(after.credit_lines).toEqual([])
      })

      it("an exchange takes a bundle item back and sends another at its own price; the bundle shows the item on its way back", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
        const swapped = bundle.items.find((i: any) => i.step.handle === "moisturise-and-protect")
        const { data: created } = await api.post("/admin/exchanges", { order_id: orderId }, admin)
        const exchangeId = created.exchange.id
        await api.post(
          `/admin/exchanges/${exchangeId}/inbound/items`,
          { location_id: seeded.stockLocation.id, items: [{ id: swapped.order_line_item_id, quantity: 1 }] },
          admin
        )
        await api.post(`/admin/exchanges/${exchangeId}/outbound/items`, { items: [{ variant_id: swapped.variant.id, quantity: 1 }] }, admin)
        expect((await api.post(`/admin/exchanges/${exchangeId}/request`, {}, admin)).status).toEqual(200)

        const [now] = (await orderBundles(api, admin, orderId)).routine_bundles
        expect(now.items.find((i: any) => i.id === swapped.id)).toMatchObject({ return_requested_quantity: 1, kept_quantity: 1 })
        expect(now.kept_total).toEqual(bundle.total)
      })

      it("a refund claim writes a damaged bundle item off: the bundle no longer counts it as kept, the rest keep their bundle prices", async () => {
        const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
        const damaged = bundle.items.find((i: any) => i.step.handle === "gentle-cleansing")
        expect((await claimLines(api, admin, orderId, [damaged.order_line_item_id])).status).toEqual(200)

        const [now] = (await orderBundles(api, admin, orderId)).routine_bundles
        expect(now.items.find((i: any) => i.id === damaged.id)).toMatchObject({
          order_quantity: 1,
          written_off_quantity: 1,
          kept_quantity: 0,
        })
        expect(now.items.filter((i: any) => i.id !== damaged.id).every((i: any) => i.kept_quantity === 1)).toBe(true)
        expect(cents(now.kept_total)).toEqual(cents(bundle.total) - cents(damaged.discounted_unit_price))
        expect(now.reprice_amount).toEqual(0)
      })
    })
  },
})
