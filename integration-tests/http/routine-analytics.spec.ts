import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import rebuildRoutineAnalytics from "../../src/commands/rebuild-routine-analytics"
import { createAdminHeaders } from "../helpers/admin"
import { cents, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { createRoutineFixture, variantOf } from "../helpers/bundle-fixtures"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { storeClient } from "../helpers/client"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"
import type { RoutineQuote } from "../../src/types"

const US_ADDRESS = { first_name: "Sam", last_name: "Shopper", address_1: "1 Main St", city: "Boston", postal_code: "02108", country_code: "us", province: "ma" }

jest.setTimeout(240 * 1000)

integrationTestRunner({
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

    it("counts a scripted series of finder visits, edits, removals and orders in two routines and two currencies exactly as worked out by hand, in the API and the CSV, and rebuilds them from the orders", async () => {
      const usdId = regionOf(seeded, "usd").id
      const { routine: second } = await createRoutineFixture(getContainer(), seeded, {
        handle: "second-routine",
        status: "published",
        discount: { type: "percentage", value: 10 },
        steps: [
          { handle: "cleanse", products: ["moisturising-cleansing-milk"] },
          { handle: "mask", products: ["halo-moisture-mask"] },
        ],
      })
      const quoted: Record<string, RoutineQuote[]> = {}
      const ask = async (visit: string, routine: string, body: Parameters<ReturnType<typeof client>["routines"]["quote"]>[1]) => {
        const { quote } = await client().routines.quote(routine, body)
        quoted[visit] = [...(quoted[visit] ?? []), quote]
        return quote
      }
      const bundleOf = async (cartId: string) => (await client().cart.listBundles(cartId)).routine_bundles

      // A: a storefront's finder visit (its token, no cart yet): four ticks, then adds the bundle, makes it two, buys.
      for (const symptoms of [[], ["redness"], ["redness", "itching"], ["redness"]]) {
        await ask("a", ROUTINE, { region_id: eurId, visit_id: "visit-a", symptoms })
      }
      const a = await createCheckoutCart(api, seeded, eurId)
      const { routine_bundles: [bundleA] } = await client().cart.addBundle(a, { routine_id: ROUTINE, symptoms: ["redness"] })
      await client().cart.updateBundle(a, bundleA.id, { quantity: 2 })
      const [boughtA] = await bundleOf(a)
      expect(boughtA.quantity).toEqual(2)
      const orderA = await checkout(a)

      // B: quotes with its cart twice (the supplement falls back: zinc is out of stock), adds it, removes it;
      // then quotes the second routine, adds that and buys it.
      const b = await createCheckoutCart(api, seeded, eurId)
      for (let tick = 0; tick < 2; tick++) {
        await ask("b", ROUTINE, { cart_id: b, symptoms: ["breakouts", "dry-flaky"] })
      }
      expect(quoted.b[0].items.find((i) => i.step.handle === "support-from-inside")!.reason).toEqual("fallback")
      const { routine_bundles: [removedB] } = await client().cart.addBundle(b, { routine_id: ROUTINE, symptoms: ["breakouts", "dry-flaky"] })
      await client().cart.removeBundle(b, removedB.id)
      await ask("b2", second.id, { cart_id: b })
      await client().cart.addBundle(b, { routine_id: second.id })
      const [boughtB] = await bundleOf(b)
      const orderB = await checkout(b)

      // C: an order without any routine.
      const c = await createCheckoutCart(api, seeded, eurId)
      await api.post(`/store/carts/${c}/line-items`, { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 }, seeded.storeHeaders)
      const orderC = await checkout(c)

      // E: a client that names no one (no token, cart or customer): each quote is its own visit. Moved to the previous period below.
      await ask("e1", ROUTINE, { region_id: eurId })
      await ask("e2", ROUTINE, { region_id: eurId })
      // F: two quotes of one token, two hours apart once moved below: two visits.
      await ask("f1", ROUTINE, { region_id: eurId, visit_id: "visit-f" })
      await ask("f2", ROUTINE, { region_id: eurId, visit_id: "visit-f" })

      // U: a visit in dollars: three ticks, adds, buys.
      for (const symptoms of [["sensitivity"], [], ["sensitivity"]]) {
        await ask("u", ROUTINE, { region_id: usdId, visit_id: "visit-u", symptoms })
      }
      const u = await createCheckoutCart(api, seeded, usdId, { shipping_address: US_ADDRESS })
      await client().cart.addBundle(u, { routine_id: ROUTINE, symptoms: ["sensitivity"] })
      const [boughtU] = await bundleOf(u)
      const orderU = await checkout(u)

      // Every fact the subscribers record, before any is moved.
      const factsByType = async () =>
        Object.fromEntries(
          (await knex().raw(`SELECT type, count(*)::int AS n FROM routine_analytics_event WHERE deleted_at IS NULL GROUP BY type`)).rows.map((r) => [r.type, r.n])
        )
      await eventually(async () => expect(await factsByType()).toEqual({ quoted: 14, added: 4, ended: 1, ordered: 3, order: 4 }))

      // The facts and orders moved to fixed days (a run across midnight would split them), as an import of past
      // orders would: everything at noon of DAY; F's second quote two hours later; E's quotes three days before.
      const DAY = "2026-03-18"
      const [fLast] = (await knex().raw(`SELECT id FROM routine_analytics_event WHERE visit_id = 'visit-f' ORDER BY occurred_at DESC LIMIT 1`)).rows
      await knex().raw(`UPDATE routine_analytics_event SET occurred_at = ?`, [`${DAY}T12:00:00Z`])
      await knex().raw(`UPDATE routine_analytics_event SET occurred_at = ? WHERE id = ?`, [`${DAY}T14:00:00Z`, fLast.id])
      await knex().raw(`UPDATE routine_analytics_event SET occurred_at = ? WHERE type = 'quoted' AND visit_id IS NULL AND cart_id IS NULL`, [
        "2026-03-15T12:00:00Z",
      ])
      const orders = [orderA, orderB, orderC, orderU]
      await knex().raw(`UPDATE "order" SET created_at = ? WHERE id = ANY(?)`, [`${DAY}T12:00:00Z`, orders.map((o) => o.id)])

      // Worked out by hand from the script above.
      const money = (...amounts: number[]) => amounts.reduce((sum, amount) => sum + cents(amount), 0) / 100
      const average = (...amounts: number[]) => Math.round(amounts.reduce((sum, amount) => sum + cents(amount), 0) / amounts.length) / 100
      const eurTotals = {
        quotes: 5, // A 1, B 1 + 1 (second routine), F 2 (its quotes two hours apart)
        quote_requests: 9, // A 4, B 2 + 1, F 2
        bundles_added: 3, // A, B's removed one, B's second routine
        bundles_added_quantity: 3, // each added as one; A's became two afterwards
        bundles_ended: 1,
        bundles_ordered: 2,
        bundles_ordered_quantity: 3,
        revenue: money(boughtA.total, boughtB.total),
        discount_given: money(boughtA.discount_total, boughtB.discount_total),
        add_rate: 0.6,
        order_rate: 0.6667,
      }
      const eurOrders = {
        with_routine: { count: 2, average_total: average(orderA.total, orderB.total) },
        without_routine: { count: 1, average_total: orderC.total },
      }
      const zero = { quotes: 0, quote_requests: 0, bundles_added: 0, bundles_added_quantity: 0, bundles_ordered: 0, bundles_ordered_quantity: 0, revenue: 0, discount_given: 0 }
      // The steps each visit met falling back, once per visit, from the quotes' own answers.
      const stepCounts = (visits: string[], kind: "fallback" | "unavailable") => {
        const counts: Record<string, number> = {}
        for (const visit of visits) {
          const steps = new Set(
            quoted[visit].flatMap((q) => (kind === "fallback" ? q.items.filter((i) => i.reason === "fallback").map((i) => i.step.id) : q.unavailable_steps.map((s) => s.id)))
          )
          steps.forEach((id) => (counts[id] = (counts[id] ?? 0) + 1))
        }
        return counts
      }
      const eurVisits = ["a", "b", "b2", "f1", "f2"]
      const fallbacks = stepCounts(eurVisits, "fallback")
      const supplement = quoted.b[0].items.find((i) => i.step.handle === "support-from-inside")!.step
      expect(fallbacks[supplement.id]).toEqual(1) // B met it in two quotes and its add: once

      const period = `&from=2026-03-17&to=2026-03-19`
      const figures = await analytics(period)
      expect(figures).toMatchObject({
        from: "2026-03-17T00:00:00.000Z",
        to: "2026-03-20T00:00:00.000Z",
        currency_code: "eur",
        totals: eurTotals,
        orders: eurOrders,
        // 2026-03-14 to 2026-03-16: E's two quotes, naming no one.
        previous: {
          from: "2026-03-14T00:00:00.000Z",
          to: "2026-03-17T00:00:00.000Z",
          totals: { quotes: 2, quote_requests: 2, bundles_added: 0, bundles_ordered: 0, revenue: 0 },
          orders: { with_routine: { count: 0, average_total: 0 }, without_routine: { count: 0, average_total: 0 } },
        },
        ended_reasons: [{ reason: "removed", count: 1 }],
      })
      // Every day of the period, the quiet ones as zeros.
      const { bundles_ended, add_rate, order_rate, ...eurDay } = eurTotals
      expect(figures.by_day).toEqual([
        { date: "2026-03-17", ...zero },
        { date: DAY, ...eurDay },
        { date: "2026-03-19", ...zero },
      ])
      expect(figures.by_routine.map((r: any) => [r.routine.handle, r.quotes, r.quote_requests, r.bundles_added, r.bundles_ordered, r.bundles_ordered_quantity, r.revenue])).toEqual([
        [ROUTINE, 4, 8, 2, 1, 2, money(boughtA.total)],
        ["second-routine", 1, 1, 1, 1, 1, money(boughtB.total)],
      ])
      const names = (c: { symptoms: { name: string }[] }) => c.symptoms.map((s) => s.name).sort().join(" + ")
      // A visit counts with the symptoms of its last quote.
      expect(figures.symptom_combinations.map((c: any) => [names(c), c.quotes, c.bundles_added]).sort()).toEqual(
        [
          ["", 3, 1], // B's second routine, F twice; B's second-routine bundle
          ["Cracked, flaky skin + Persistent rashes or pimples", 1, 1],
          ["Redness and irritation", 1, 1],
        ].sort()
      )
      expect(
        Object.fromEntries(figures.steps.filter((s: any) => s.fallbacks).map((s: any) => [s.step.id, s.fallbacks]))
      ).toEqual(fallbacks)
      expect(
        Object.fromEntries(figures.steps.filter((s: any) => s.unavailable).map((s: any) => [s.step.id, s.unavailable]))
      ).toEqual(stepCounts(eurVisits, "unavailable"))

      // The CSV of the same period: the same days, the same figures.
      const csv = await api.get(`/admin/routine-analytics/export?currency_code=eur${period}`, admin)
      expect(csv.headers["content-type"]).toContain("text/csv")
      const row = (date: string, d: typeof zero) =>
        [date, d.quotes, d.quote_requests, d.bundles_added, d.bundles_added_quantity, d.bundles_ordered, d.bundles_ordered_quantity, d.revenue.toFixed(2), d.discount_given.toFixed(2)].join(",")
      expect(csv.data.trim().split("\n")).toEqual([
        "date,quotes,quote_requests,bundles_added,bundles_added_quantity,bundles_ordered,bundles_ordered_quantity,revenue_eur,discount_given_eur",
        row("2026-03-17", zero),
        row(DAY, eurDay),
        row("2026-03-19", zero),
      ])

      // The second routine alone: every figure, the order averages too (A's order has only the first routine).
      const secondOnly = await analytics(`${period}&routine_id=${second.id}`)
      expect(secondOnly).toMatchObject({
        routine_id: second.id,
        totals: { quotes: 1, quote_requests: 1, bundles_added: 1, bundles_ordered: 1, revenue: money(boughtB.total), add_rate: 1, order_rate: 1 },
        orders: { with_routine: { count: 1, average_total: orderB.total }, without_routine: { count: 1, average_total: orderC.total } },
        ended_reasons: [],
      })
      expect(secondOnly.by_routine.map((r: any) => r.routine.id)).toEqual([second.id])
      const secondCsv = await api.get(`/admin/routine-analytics/export?currency_code=eur${period}&routine_id=${second.id}`, admin)
      expect(secondCsv.data.trim().split("\n")[2]).toEqual(
        row(DAY, { ...zero, quotes: 1, quote_requests: 1, bundles_added: 1, bundles_added_quantity: 1, bundles_ordered: 1, bundles_ordered_quantity: 1, revenue: money(boughtB.total), discount_given: money(boughtB.discount_total) })
      )
      const unknown = await api.get(`/admin/routine-analytics?routine_id=rtn_nope`, admin).catch((e) => e.response)
      expect(unknown.status).toEqual(404)

      // Dollars: U's visit and order only.
      const usd = (await api.get(`/admin/routine-analytics?currency_code=usd${period}`, admin)).data
      expect(usd).toMatchObject({
        currency_code: "usd",
        totals: { quotes: 1, quote_requests: 3, bundles_added: 1, bundles_ordered: 1, revenue: money(boughtU.total), discount_given: money(boughtU.discount_total), add_rate: 1, order_rate: 1 },
        orders: { with_routine: { count: 1, average_total: orderU.total }, without_routine: { count: 0, average_total: 0 } },
      })

      // The orders bought with bundles, for the order list: newest first, C (no bundle) left out.
      const { data: bundleOrders } = await api.get(`/admin/routine-bundle-orders`, admin)
      expect(bundleOrders).toMatchObject({ count: 3, offset: 0, limit: 10 })
      expect(bundleOrders.orders.map((o: any) => [o.id, o.routines.map((r: any) => r.title), o.bundles, o.bundle_total, o.currency_code])).toEqual([
        [orderU.id, ["Barrier Restoration Routine"], 1, money(boughtU.total), "usd"],
        [orderB.id, ["second-routine"], 1, money(boughtB.total), "eur"],
        [orderA.id, ["Barrier Restoration Routine"], 1, money(boughtA.total), "eur"],
      ])
      expect(bundleOrders.orders[0].display_id).toEqual(orderU.display_id)
      const { data: secondPage } = await api.get(`/admin/routine-bundle-orders?limit=2&offset=2`, admin)
      expect(secondPage.orders.map((o: any) => o.id)).toEqual([orderA.id])

      // Rebuilt from the orders, the figures are the same.
      await rebuildRoutineAnalytics({ container: getContainer(), args: [] } as never)
      expect(await analytics(period)).toEqual(figures)
    })

    it("refuses a bad period or page with a 400 naming the field, and needs an admin", async () => {
      for (const [query, named] of [["&from=2026-13-01", "from"], ["&to=2026-02-30", "to must be a real date"], ["&from=2026-12-02&to=2026-12-01", "from must be on or before to"], ["&currency_code=euro", "currency_code"]]) {
        const response = await api.get(`/admin/routine-analytics?${query.slice(1)}`, admin).catch((e) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(named)
      }
      const badPage = await api.get("/admin/routine-bundle-orders?limit=0", admin).catch((e) => e.response)
      expect(badPage.status).toEqual(400)
      expect(badPage.data.message).toContain("limit")
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
