import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import rebuildRoutineAnalytics from "../../src/commands/rebuild-routine-analytics"
import { createAdminHeaders } from "../helpers/admin"
import { CART_FIELDS, cents, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { variantOf } from "../helpers/bundle-fixtures"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { storeClient } from "../helpers/client"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let eurId: string
    const client = () => storeClient(api, seeded.publishableKey.token).bundles

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
    })

    const checkout = async (cartId: string) => {
      await prepareForCompletion(api, seeded, cartId)
      const { data } = await complete(api, seeded, cartId)
      expect(data.type).toEqual("order")
      return data.order
    }
    const analytics = async (query = "") => (await api.get(`/admin/routine-analytics?currency_code=eur${query}`, admin)).data
    type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }
    const knex = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    it("counts a scripted series of sessions and orders exactly as worked out by hand, and rebuilds them from the orders", async () => {
      const startedAt = Date.now()
      // A: quotes for redness, adds that bundle, buys it.
      const a = await createCheckoutCart(api, seeded, eurId)
      const quoteA = (await client().routines.quote(ROUTINE, { cart_id: a, symptoms: ["redness"] })).quote
      await client().cart.addBundle(a, { routine_id: ROUTINE, symptoms: ["redness"] })
      const orderA = await checkout(a)

      // B: quotes twice, adds the dry-and-breakouts bundle (its supplement falls back: zinc is out of stock),
      // then changes a line's quantity, which ends the bundle, and buys at regular prices.
      const b = await createCheckoutCart(api, seeded, eurId)
      await client().routines.quote(ROUTINE, { cart_id: b })
      const quoteB = (await client().routines.quote(ROUTINE, { cart_id: b, symptoms: ["breakouts", "dry-flaky"] })).quote
      expect(quoteB.items.find((i) => i.step.handle === "support-from-inside")!.reason).toEqual("fallback")
      const { routine_bundles: [bundleB] } = await client().cart.addBundle(b, { routine_id: ROUTINE, symptoms: ["breakouts", "dry-flaky"] })
      await api.post(`/store/carts/${b}/line-items/${bundleB.items[0].line_item_id}?${CART_FIELDS}`, { quantity: 2 }, seeded.storeHeaders)
      const orderB = await checkout(b)

      // C: an order without any routine.
      const c = await createCheckoutCart(api, seeded, eurId)
      await api.post(`/store/carts/${c}/line-items`, { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 }, seeded.storeHeaders)
      const orderC = await checkout(c)

      const supplement = quoteB.items.find((i) => i.step.handle === "support-from-inside")!.step
      const expected = {
        totals: {
          quotes: 3,
          bundles_added: 2,
          bundles_ended: 1,
          bundles_ordered: 1,
          revenue: quoteA.total,
          discount_given: quoteA.discount_total,
          add_rate: 0.6667,
          order_rate: 0.5,
        },
        orders: {
          with_routine: { count: 1, average_total: orderA.total },
          without_routine: { count: 2, average_total: Math.round(((cents(orderB.total) + cents(orderC.total)) / 2)) / 100 },
        },
        ended_reasons: [{ reason: "line_changed", count: 1 }],
      }
      // The default period (the last 30 days): every fact the subscribers record is in it.
      await eventually(async () => expect(await analytics()).toMatchObject(expected))
      // Recorded when it happened: between the test's start and now.
      const { rows: moments } = await knex().raw(`SELECT occurred_at FROM routine_analytics_event WHERE deleted_at IS NULL`)
      const finishedAt = Date.now()
      expect(moments.length).toBeGreaterThan(0)
      for (const { occurred_at } of moments) {
        expect(new Date(occurred_at).getTime()).toBeGreaterThanOrEqual(startedAt - 1)
        expect(new Date(occurred_at).getTime()).toBeLessThanOrEqual(finishedAt + 1)
      }

      // The days are read from the clock, so a run across midnight (UTC) would
      // split the facts over two days: they are moved to one fixed day, as an
      // import of past orders would (the orders too, for the rebuild below),
      // and the figures are asked for that day.
      const DAY = "2026-03-18"
      await knex().raw(`UPDATE routine_analytics_event SET occurred_at = ?`, [`${DAY}T12:00:00Z`])
      await knex().raw(`UPDATE "order" SET created_at = ? WHERE id = ANY(?)`, [`${DAY}T12:00:00Z`, [orderA.id, orderB.id, orderC.id]])
      const period = `&from=${DAY}&to=${DAY}`
      const figures = await analytics(period)
      expect(figures).toMatchObject(expected)
      expect(figures.by_routine).toEqual([expect.objectContaining({ routine: expect.objectContaining({ handle: ROUTINE }), quotes: 3 })])
      expect(figures.by_day).toHaveLength(1)
      expect(figures.by_day[0]).toMatchObject({ date: DAY, quotes: 3, bundles_added: 2, bundles_ordered: 1, revenue: quoteA.total })
      const names = (c: { symptoms: { name: string }[] }) => c.symptoms.map((s) => s.name).sort().join(" + ")
      expect(figures.symptom_combinations.map((c: any) => [names(c), c.quotes, c.bundles_added]).sort()).toEqual(
        [
          ["", 1, 0],
          ["Cracked, flaky skin + Persistent rashes or pimples", 1, 1],
          ["Redness and irritation", 1, 1],
        ].sort()
      )
      expect(figures.steps).toEqual([{ step: expect.objectContaining({ id: supplement.id }), fallbacks: 2, unavailable: 0 }])

      // The CSV of the same period, and the figures of the routine alone.
      const csv = await api.get(`/admin/routine-analytics/export?currency_code=eur${period}`, admin)
      expect(csv.headers["content-type"]).toContain("text/csv")
      expect(csv.data.trim().split("\n")).toEqual([
        "date,quotes,bundles_added,bundles_ordered,revenue_eur,discount_given_eur",
        `${DAY},3,2,1,${quoteA.total.toFixed(2)},${quoteA.discount_total.toFixed(2)}`,
      ])

      // Rebuilt from the orders, the order figures are the same.
      await rebuildRoutineAnalytics({ container: getContainer(), args: [] } as never)
      expect(await analytics(period)).toMatchObject(expected)
    })

    it("refuses a bad period with a 400 naming the field, and needs an admin", async () => {
      for (const [query, named] of [["&from=2026-13-01", "from"], ["&from=2026-12-02&to=2026-12-01", "from must be on or before to"], ["&currency_code=euro", "currency_code"]]) {
        const response = await api.get(`/admin/routine-analytics?${query.slice(1)}`, admin).catch((e) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(named)
      }
      const anonymous = await api.get("/admin/routine-analytics").catch((e) => e.response)
      expect(anonymous.status).toEqual(401)
    })

    it("audits every combination of the routine's symptoms against the store's own quotes", async () => {
      const routineId = (await client().routines.retrieve(ROUTINE, { region_id: eurId })).routine.id
      const { data } = await api.get(`/admin/routines/${routineId}/coverage?region_id=${eurId}`, admin)
      expect(data).toMatchObject({ currency_code: "eur", total_combinations: 32, sampled: false })
      expect(data.combinations).toHaveLength(32)
      for (const combination of data.combinations.slice(0, 8)) {
        const { quote } = await client().routines.quote(ROUTINE, {
          region_id: eurId,
          symptoms: combination.symptoms.map((s: { id: string }) => s.id),
        })
        expect(combination).toMatchObject({
          total: quote.total,
          complete: quote.complete,
          fallback_step_ids: quote.items.filter((i) => i.reason === "fallback").map((i) => i.step.id),
        })
      }
      const unknown = await api.get(`/admin/routines/rtn_nope/coverage?region_id=${eurId}`, admin).catch((e) => e.response)
      expect(unknown.status).toEqual(404)
      const noRegion = await api.get(`/admin/routines/${routineId}/coverage`, admin).catch((e) => e.response)
      expect(noRegion.status).toEqual(400)
      expect(noRegion.data.message).toContain("region_id")
    })
  },
})
