import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { cents, type Seeded } from "../helpers/bundle-cart"
import { eventually } from "../helpers/eventually"
import { claimLines, orderBundles, orderLedger, placeBundleOrder, returnLines } from "../helpers/order-changes"
import { readableErrors } from "../helpers/readable-errors"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

// What a shopper keeps of a bundle is priced again for the steps kept.
process.env.ROUTINE_PARTIAL_RETURN_POLICY = "reprice_kept"

/** What `items` cost as a bundle at `percentage` % off, in cents: the discount rounded half up. */
const tierPrice = (items: { unit_price: number }[], percentage: number) => {
  const regular = items.reduce((sum, i) => sum + cents(i.unit_price), 0)
  return regular - Math.round((regular * percentage) / 100)
}

integrationTestRunner({
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = readableErrors(runnerApi)
    let seeded: Seeded
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
    })

    // The demo routine: 5 % from 3 steps, 10 % from 4, 15 % with all 5; at least 3 steps.
    it("a return of one of five items re-prices the four kept at the four-step tier; the difference comes off the refund", async () => {
      const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
      const returned = bundle.items.find((i: any) => i.step.handle === "soothe-and-repair")
      const kept = bundle.items.filter((i: any) => i.id !== returned.id)
      const paidForKept = kept.reduce((sum: number, i: any) => sum + cents(i.discounted_unit_price), 0)
      const reprice = tierPrice(kept, 10) - paidForKept
      expect(reprice).toBeGreaterThan(0)

      const before = await orderLedger(api, admin, orderId)
      await returnLines(api, seeded, admin, orderId, [returned.order_line_item_id])

      // The re-pricing runs on order.return_received: wait for its credit line.
      const after = await eventually(async () => {
        const ledger = await orderLedger(api, admin, orderId)
        expect(ledger.credit_lines).toHaveLength(1)
        return ledger
      })
      expect(after.credit_lines[0]).toMatchObject({ reference: "routine_bundle_reprice", reference_id: orderId })
      expect(cents(after.credit_lines[0].amount)).toEqual(-reprice)
      // Medusa's ledger: the refund owed is the returned item's bundle price less the re-pricing.
      expect(cents(before.summary.pending_difference) - cents(after.summary.pending_difference)).toEqual(
        cents(returned.discounted_unit_price) - reprice
      )
      const view = await orderBundles(api, admin, orderId)
      expect(view.partial_return_policy).toEqual("reprice_kept")
      expect(cents(view.routine_bundles[0].reprice_amount)).toEqual(reprice)
      expect(cents(view.reprice_credited)).toEqual(reprice)
      expect(view.reprice_uncredited).toEqual(0)
    })

    it("returning a second item re-prices the three kept at the lowest tier, adding only the difference", async () => {
      const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
      const [first, second] = ["soothe-and-repair", "moisturise-and-protect"].map((handle) =>
        bundle.items.find((i: any) => i.step.handle === handle)
      )
      await returnLines(api, seeded, admin, orderId, [first.order_line_item_id])
      await eventually(async () => expect((await orderLedger(api, admin, orderId)).credit_lines).toHaveLength(1))
      await returnLines(api, seeded, admin, orderId, [second.order_line_item_id])

      const kept = bundle.items.filter((i: any) => i.id !== first.id && i.id !== second.id)
      const paidForKept = kept.reduce((sum: number, i: any) => sum + cents(i.discounted_unit_price), 0)
      const reprice = tierPrice(kept, 5) - paidForKept
      const after = await eventually(async () => {
        const ledger = await orderLedger(api, admin, orderId)
        expect(ledger.credit_lines).toHaveLength(2)
        return ledger
      })
      const credited = after.credit_lines.reduce((sum: number, c: any) => sum - cents(c.amount), 0)
      expect(credited).toEqual(reprice)
      expect(cents((await orderBundles(api, admin, orderId)).routine_bundles[0].reprice_amount)).toEqual(reprice)
    })

    it("a refund claim writing a bundle item off re-prices what is kept; Medusa refunds a claim by hand, so the admin shows what to take off it", async () => {
      const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: true })
      const damaged = bundle.items.find((i: any) => i.step.handle === "gentle-cleansing")
      const before = await orderLedger(api, admin, orderId)
      expect((await claimLines(api, admin, orderId, [damaged.order_line_item_id])).status).toEqual(200)

      const kept = bundle.items.filter((i: any) => i.id !== damaged.id)
      const paidForKept = kept.reduce((sum: number, i: any) => sum + cents(i.discounted_unit_price), 0)
      const reprice = tierPrice(kept, 10) - paidForKept
      const view = await orderBundles(api, admin, orderId)
      expect(view.routine_bundles[0].items.find((i: any) => i.id === damaged.id)).toMatchObject({ written_off_quantity: 1, kept_quantity: 0 })
      expect(cents(view.routine_bundles[0].reprice_amount)).toEqual(reprice)
      expect(cents(view.reprice_uncredited)).toEqual(reprice)
      // A write-off leaves Medusa owing nothing, so no credit line can take the re-pricing.
      const after = await orderLedger(api, admin, orderId)
      expect(after.summary.pending_difference).toEqual(before.summary.pending_difference)
      expect(after.credit_lines).toEqual([])
    })

    it("an order edit removing a bundle item re-prices what is kept the same way", async () => {
      const { orderId, bundle } = await placeBundleOrder(api, seeded, admin, { fulfilled: false })
      const removed = bundle.items.find((i: any) => i.step.handle === "soothe-and-repair")
      await api.post("/admin/order-edits", { order_id: orderId }, admin)
      await api.post(`/admin/order-edits/${orderId}/items/item/${removed.order_line_item_id}`, { quantity: 0 }, admin)
      await api.post(`/admin/order-edits/${orderId}/request`, {}, admin)
      await api.post(`/admin/order-edits/${orderId}/confirm`, {}, admin)

      const kept = bundle.items.filter((i: any) => i.id !== removed.id)
      const paidForKept = kept.reduce((sum: number, i: any) => sum + cents(i.discounted_unit_price), 0)
      const after = await eventually(async () => {
        const ledger = await orderLedger(api, admin, orderId)
        expect(ledger.credit_lines).toHaveLength(1)
        return ledger
      })
      expect(-cents(after.credit_lines[0].amount)).toEqual(tierPrice(kept, 10) - paidForKept)
    })
  },
})
