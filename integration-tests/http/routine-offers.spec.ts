import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { cents, createCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { rejection, storeClient } from "../helpers/client"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

// The demo routine: 14.90 + 24.90 + 29.90 + 22.90 + 19.90 = 112.50.
const STEPS = ["gentle-cleansing", "nourish-microbiome", "soothe-and-repair", "moisturise-and-protect", "support-from-inside"]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let routineId: string
    let eurId: string
    let usdId: string
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
      usdId = regionOf(seeded, "usd").id
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      routineId = (await client().routines.retrieve(ROUTINE, { region_id: eurId })).routine.id
    })

    describe("discount tiers by steps bought", () => {
      beforeEach(async () => {
        await api.post(
          `/admin/routines/${routineId}`,
          {
            discount_tiers: [
              { min_steps: 3, percentage: 5 },
              { min_steps: 4, percentage: 10 },
              { min_steps: 5, percentage: 15 },
            ],
            min_steps: 3,
          },
          admin
        )
      })

      it("prices a bundle by the tier its steps reach and says what the next step adds", async () => {
        // The shopper owns a cleanser and a moisturiser: 24.90 + 29.90 + 19.90 = 74.70, 5 % = 3.735 → 3.74.
        const { quote } = await client().routines.quote(ROUTINE, {
          region_id: eurId,
          skip_steps: ["gentle-cleansing", "moisturise-and-protect"],
        })
        expect(quote).toMatchObject({
          subtotal: 74.7,
          discount_total: 3.74,
          total: 70.96,
          tier: { min_steps: 3, percentage: 5 },
          next_tier: { min_steps: 4, percentage: 10, steps_to_add: 1, extra_percentage: 5 },
          discount: { type: "percentage", percentage: 5 },
          min_steps: 3,
        })
        expect(quote.next_tier!.add_steps.map((s) => s.handle)).toEqual(["gentle-cleansing", "moisturise-and-protect"])
        // At the minimum: no step more may be left out.
        expect(quote).toMatchObject({ leavable_steps: [], one_step_fewer: null })
        const full = (await client().routines.quote(ROUTINE, { region_id: eurId })).quote
        expect(full).toMatchObject({ total: 95.62, tier: { min_steps: 5, percentage: 15 }, next_tier: null })
        // Any step may be left out of a full bundle ("I already have this"), which falls to the 4-step tier.
        expect(full.leavable_steps.map((s) => s.handle)).toEqual(STEPS)
        expect(full.one_step_fewer).toEqual({
          tier: { min_steps: 4, percentage: 10 },
          discount: { type: "percentage", percentage: 10, amount: null },
        })
      })

      it("below the lowest tier a step fewer means no discount, which the quote says before the shopper leaves it out", async () => {
        await api.post(
          `/admin/routines/${routineId}`,
          { discount_tiers: [{ min_steps: 5, percentage: 15 }], min_steps: 3 },
          admin
        )
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId })
        expect(quote.one_step_fewer).toEqual({ tier: null, discount: null })
        const { quote: four } = await client().routines.quote(ROUTINE, { region_id: eurId, skip_steps: ["support-from-inside"] })
        expect(four).toMatchObject({ discount_total: 0, total: four.subtotal, tier: null })
        expect(four.next_tier).toMatchObject({ min_steps: 5, percentage: 15, steps_to_add: 1 })
      })

      it("lets the shopper leave out any step down to the minimum, and not below", async () => {
        const error = await rejection(
          client().routines.quote(ROUTINE, { region_id: eurId, skip_steps: STEPS.slice(0, 3) })
        )
        expect(error).toMatchObject({ status: 400 })
        expect(error.message).toContain("keeps at least 3 of its 5 steps")
      })

      it("re-prices the bundle in the cart at the new tier when the shopper takes a step back", async () => {
        const cart = await createCart(api, seeded)
        const { routine_bundles: [bundle] } = await client().cart.addBundle(cart.id, {
          routine_id: ROUTINE,
          skip_steps: ["gentle-cleansing", "moisturise-and-protect"],
        })
        expect(bundle.total).toEqual(70.96)
        // + 14.90: 89.60, 10 % = 8.96 off.
        const { routine_bundles: [four], cart: after } = await client().cart.updateBundle(cart.id, bundle.id, {
          skip_steps: ["moisturise-and-protect"],
        })
        expect(four).toMatchObject({ id: bundle.id, subtotal: 89.6, discount_total: 8.96, total: 80.64 })
        // The cart names the discount it charges, from the bundle's terms.
        expect(four).toMatchObject({
          discount: { type: "percentage", percentage: 10, amount: null },
          tier: { min_steps: 4, percentage: 10 },
        })
        expect(four.skipped_steps.map((s) => s.handle)).toEqual(["moisturise-and-protect"])
        expect(cents(after.total)).toEqual(8064)
        expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
      })

      it("counts the steps actually in the bundle: a sold-out step that leaves it below the minimum makes it unsellable", async () => {
        const { routine } = await client().routines.retrieve(ROUTINE, { region_id: eurId })
        const last = routine.steps.find((s) => s.handle === "support-from-inside")!
        const inventory = getContainer().resolve(Modules.INVENTORY)
        const items = await inventory.listInventoryItems({
          sku: last.products.flatMap((p) => p.variants.map((v) => v.sku!)),
        })
        const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.id) })
        await inventory.updateInventoryLevels(
          levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 }))
        )

        // Three steps asked for, two can be sold: no 2-step bundle at a 3-step price.
        const choice = { skip_steps: ["gentle-cleansing", "moisturise-and-protect"] }
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId, ...choice })
        expect(quote.complete).toBe(false)
        expect(quote.items).toHaveLength(2)
        expect(quote.unavailable_steps.map((s) => s.handle)).toEqual(["support-from-inside"])
        const cart = await createCart(api, seeded)
        const error = await rejection(client().cart.addBundle(cart.id, { routine_id: ROUTINE, ...choice }))
        expect(error).toMatchObject({ status: 409 })
        expect(error.message).toContain("only 2 of its steps can be sold, and a bundle of this routine needs at least 3")
        expect(error.unavailable_steps).toEqual([expect.objectContaining({ handle: "support-from-inside" })])

        // Without skipping, four steps remain: sellable at the 4-step tier.
        const { quote: four } = await client().routines.quote(ROUTINE, { region_id: eurId })
        expect(four).toMatchObject({ complete: true, tier: { min_steps: 4, percentage: 10 } })
        expect(four.items).toHaveLength(4)
      })

      it("refuses tiers on a routine that is not discounted by percentage", async () => {
        const response = await api
          .post(`/admin/routines/${routineId}`, { discount_type: "fixed", discount_amounts: [{ currency_code: "eur", amount: 5 }] }, admin)
          .catch((e) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain("discount_tiers")
      })
    })

    describe("a set price", () => {
      beforeEach(async () => {
        await api.post(
          `/admin/routines/${routineId}`,
          { discount_type: "set_price", discount_tiers: [], discount_amounts: [{ currency_code: "eur", amount: 89 }] },
          admin
        )
      })

      it("sells the whole routine for its price, split exactly over the lines", async () => {
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId, quantity: 2 })
        expect(quote).toMatchObject({ subtotal: 225, discount_total: 47, total: 178, discount: { type: "set_price", amount: 89 } })
        expect(quote.items.reduce((sum, i) => sum + cents(i.total), 0)).toEqual(17800)
        const cart = await createCart(api, seeded)
        const added = await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
        expect(added.cart.total).toEqual(89)
      })

      it("never charges more than the items alone", async () => {
        await api.post(`/admin/routines/${routineId}`, { discount_amounts: [{ currency_code: "eur", amount: 150 }] }, admin)
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId })
        expect(quote).toMatchObject({ subtotal: 112.5, discount_total: 0, total: 112.5 })
      })

      it("is not for sale in a currency without a price", async () => {
        const error = await rejection(client().routines.quote(ROUTINE, { region_id: usdId }))
        expect(error).toMatchObject({ status: 400 })
        expect(error.message).toContain("its set price has no amount in that currency")
      })
    })

    describe("the cheapest step free", () => {
      beforeEach(async () => {
        await api.post(`/admin/routines/${routineId}`, { discount_type: "cheapest_step_free", discount_tiers: [], min_steps: 3 }, admin)
      })

      it("takes the cheapest step off each routine, split exactly over the lines; the cart charges the same", async () => {
        // 112.50 less the cleanser's 14.90, for two routines.
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId, quantity: 2 })
        expect(quote).toMatchObject({
          subtotal: 225,
          discount_total: 29.8,
          total: 195.2,
          discount: { type: "cheapest_step_free", percentage: null, amount: null },
        })
        expect(quote.items.reduce((sum, i) => sum + cents(i.total), 0)).toEqual(19520)
        const cart = await createCart(api, seeded)
        const added = await client().cart.addBundle(cart.id, { routine_id: ROUTINE, quantity: 2 })
        expect(added.cart.total).toEqual(195.2)
        expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
      })

      it("frees the cheapest of the steps kept", async () => {
        // Without the cleanser: 24.90 + 29.90 + 22.90 + 19.90 = 97.60, the supplement's 19.90 free.
        const { quote } = await client().routines.quote(ROUTINE, { region_id: eurId, skip_steps: ["gentle-cleansing"] })
        expect(quote).toMatchObject({ subtotal: 97.6, discount_total: 19.9, total: 77.7 })
      })

      it("needs no amount per currency", async () => {
        const { quote } = await client().routines.quote(ROUTINE, { region_id: usdId })
        expect(cents(quote.discount_total)).toEqual(Math.min(...quote.items.map((i) => cents(i.unit_price) * i.quantity)))
      })
    })

    describe("an offer is one value", () => {
      // 112.50 regular: 10.00 off is 102.50; a set price of 100.00 is 100.00.
      const FIXED = { discount_type: "fixed", discount_value: 0, discount_tiers: [], discount_amounts: [{ currency_code: "eur", amount: 10 }] }
      const SET = { discount_type: "set_price", discount_tiers: [], discount_amounts: [{ currency_code: "eur", amount: 100 }] }
      const ALLOWED = [10250, 10000]

      it("a merchant switching the offer while shoppers quote and add: every price is wholly the old offer or wholly the new", async () => {
        // Eight offer changes racing two quoting shoppers and three adding carts; the number of
        // quotes and adds depends on the machine, every one of them is checked.
        await api.post(`/admin/routines/${routineId}`, FIXED, admin)
        const carts = await Promise.all(Array.from({ length: 3 }, () => createCart(api, seeded)))
        let switching = true
        const merchant = (async () => {
          for (let i = 0; i < 8; i++) {
            await api.post(`/admin/routines/${routineId}`, i % 2 ? FIXED : SET, admin)
          }
          switching = false
        })()
        const quotes: number[] = []
        const shopper = async () => {
          while (switching) {
            quotes.push(cents((await client().routines.quote(ROUTINE, { region_id: eurId })).quote.total))
          }
        }
        const adds = carts.map(async (cart) => {
          const totals: number[] = []
          while (switching) {
            const { routine_bundles } = await client().cart.addBundle(cart.id, { routine_id: ROUTINE })
            totals.push(cents(routine_bundles[routine_bundles.length - 1].total))
          }
          return totals
        })
        const [added] = await Promise.all([Promise.all(adds).then((t) => t.flat()), merchant, shopper(), shopper()])

        expect(quotes.length).toBeGreaterThan(0)
        expect(quotes.filter((q) => !ALLOWED.includes(q))).toEqual([])
        expect(added.filter((t) => !ALLOWED.includes(t))).toEqual([])
        for (const cart of carts) {
          const { routine_bundles } = await client().cart.listBundles(cart.id)
          expect(routine_bundles.filter((b) => !ALLOWED.includes(cents(b.total)))).toEqual([])
          expect(await invariantProblems(getContainer(), cart.id)).toEqual([])
        }

        // The history holds the nine changes in the order they committed:
        // each starts where the one before ended, the last is the offer now.
        const { data } = await api.get(`/admin/routine-changes?routine_id=${routineId}&subject=offer&order=created_at`, admin)
        const offers = data.routine_changes.map((c: any) => [c.before.discount_type, c.after.discount_type])
        expect(offers).toEqual([["percentage", "fixed"], ...Array.from({ length: 8 }, (_, i) => (i % 2 ? ["set_price", "fixed"] : ["fixed", "set_price"]))])
        for (let i = 1; i < data.routine_changes.length; i++) {
          expect(data.routine_changes[i].before).toEqual(data.routine_changes[i - 1].after)
        }
        const { data: now } = await api.get(`/admin/routines/${routineId}`, admin)
        expect(data.routine_changes.at(-1).after.discount_amounts).toEqual([{ currency_code: "eur", amount: 10 }])
        expect(now.routine.discount_type).toEqual(data.routine_changes.at(-1).after.discount_type)
      })

      it("a step or candidate edit moves the offer version, so an add quoted before it prices again; an edit that fails leaves it", async () => {
        const version = async () => {
          const { data: [routine] } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({ entity: "routine", fields: ["offer_version"], filters: { id: routineId } })
          return routine.offer_version as number
        }
        const { routine } = await client().routines.retrieve(ROUTINE, { region_id: eurId })
        const step = routine.steps.find((s) => s.handle === "moisturise-and-protect")!
        const candidate = step.products[1].id
        const start = await version()

        await api.post(`/admin/routines/${routineId}/steps/${step.id}/products`, { remove: [candidate] }, admin)
        expect(await version()).toEqual(start + 1)
        await api.post(`/admin/routines/${routineId}/steps/${step.id}`, { optional: true }, admin)
        expect(await version()).toEqual(start + 2)
        const failed = await api
          .post(`/admin/routines/${routineId}/steps/${step.id}/products`, { add: [{ product_id: "prod_nope" }] }, admin)
          .catch((e: any) => e.response)
        expect(failed.status).toEqual(404)
        expect(await version()).toEqual(start + 2)
      })
    })
  },
})
