import { integrationTestRunner } from "../helpers/integration-runner"
import { quote, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import {
  createRoutineFixture,
  otherChannelHeaders,
  variantOf,
} from "../helpers/bundle-fixtures"
import { createAdminHeaders } from "../helpers/admin"
import { readableErrors } from "../helpers/readable-errors"
import { seedStore } from "../helpers/store"
import { invalidateRoutinePages } from "../../src/workflows/utils/routine-page-cache"

jest.setTimeout(120 * 1000)

const DEMO_STEPS = [
  "gentle-cleansing",
  "nourish-microbiome",
  "soothe-and-repair",
  "moisturise-and-protect",
  "support-from-inside",
]

integrationTestRunner({
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = readableErrors(runnerApi)
    let seeded: Seeded
    let otherHeaders: { headers: Record<string, string> }
    let eurId: string
    let usdId: string

    beforeAll(async () => {
      const container = getContainer()
      seeded = await seedStore(container)
      eurId = regionOf(seeded, "eur").id
      usdId = regionOf(seeded, "usd").id
      otherHeaders = await otherChannelHeaders(container)
      await createRoutineFixture(container, seeded, {
        handle: "draft-solo",
        status: "draft",
        discount: { type: "percentage", value: 10 },
        steps: [{ handle: "cleanse", products: ["moisturising-cleansing-milk"] }],
      })
      await createRoutineFixture(container, seeded, {
        handle: "fixed-duo",
        status: "published",
        discount: { type: "fixed", amounts: { eur: 5 } },
        steps: [
          { handle: "cleanse", products: ["moisturising-cleansing-milk"] },
          { handle: "mask", optional: true, products: ["halo-moisture-mask"] },
        ],
      })
    })

    describe("GET /store/routines", () => {
      it("lists the published routines only", async () => {
        const { status, data } = await api.get("/store/routines", seeded.storeHeaders)
        expect(status).toEqual(200)
        expect(data.routines.map((r: any) => r.handle).sort()).toEqual([
          ROUTINE,
          "fixed-duo",
        ])
        expect(data).toMatchObject({ count: 2, offset: 0, limit: 20 })
        const demo = data.routines.find((r: any) => r.handle === ROUTINE)
        expect(demo).toMatchObject({ discount_type: "percentage", discount_value: 15 })
        expect(demo.steps).toHaveLength(5)
      })

      it("pages and narrows with fields, and drops fields it does not allow", async () => {
        const paged = await api.get("/store/routines?limit=1&fields=id,handle", seeded.storeHeaders)
        expect(paged.data).toMatchObject({ count: 2, limit: 1 })
        expect(Object.keys(paged.data.routines[0]).sort()).toEqual(["handle", "id"])

        // Candidate products are served per sales channel by the detail route
        // only; Medusa strips fields outside the allow-list.
        const leak = await api.get(
          "/store/routines?fields=handle,*steps,*steps.products,steps.products.handle",
          seeded.storeHeaders
        )
        expect(leak.status).toEqual(200)
        const steps = leak.data.routines.flatMap((r: any) => r.steps)
        expect(steps.length).toBeGreaterThan(0)
        expect(steps.filter((s: any) => "products" in s)).toEqual([])
      })

      it("needs a publishable key", async () => {
        const response = await api.get("/store/routines").catch((e) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("not_allowed")
        expect(response.data.message).toContain("Publishable API key required")
      })
    })

    describe("GET /store/routines/:id", () => {
      it("serves the steps in order with candidates, prices, stock, default and rank", async () => {
        const { status, data } = await api.get(
          `/store/routines/${ROUTINE}?region_id=${eurId}`,
          seeded.storeHeaders
        )
        expect(status).toEqual(200)
        const { routine } = data
        expect(routine.steps.map((s: any) => s.handle)).toEqual(DEMO_STEPS)
        expect(routine.steps.map((s: any) => s.products.length)).toEqual([1, 4, 1, 3, 2])

        const support = routine.steps[4]
        const [me3, zinc] = support.products
        expect(me3).toMatchObject({ handle: "me-3-probiotic", is_default: true, rank: 9 })
        expect(zinc).toMatchObject({ handle: "zinc-b3-omega-3-complex", is_default: false, rank: 10 })
        expect(me3.variants[0]).toMatchObject({
          inventory_quantity: 200,
          calculated_price: { calculated_amount: 19.9, currency_code: "eur" },
        })
        expect(zinc.variants[0].inventory_quantity).toEqual(0)
        expect(me3.symptoms.map((s: any) => s.handle).sort()).toEqual(["breakouts", "redness"])
      })

      it("answers by id as by handle, and refuses to answer without a region or cart (400 naming region_id)", async () => {
        const byHandle = await api.get(`/store/routines/${ROUTINE}?region_id=${eurId}`, seeded.storeHeaders)
        const { data } = await api.get(
          `/store/routines/${byHandle.data.routine.id}?region_id=${eurId}`,
          seeded.storeHeaders
        )
        expect(data.routine.handle).toEqual(ROUTINE)
        expect(data.routine.steps[0].products[0].variants[0].calculated_price.calculated_amount).toEqual(14.9)
        const priceless = await api.get(`/store/routines/${ROUTINE}`, seeded.storeHeaders).catch((e) => e.response)
        expect(priceless.status).toEqual(400)
        expect(priceless.data.message).toContain("region_id")
      })

      it("is 404 for a draft or unknown routine and 400 for an unknown region", async () => {
        for (const id of ["draft-solo", "no-such-routine"]) {
          const response = await api
            .get(`/store/routines/${id}?region_id=${eurId}`, seeded.storeHeaders)
            .catch((e) => e.response)
          expect(response.status).toEqual(404)
          expect(response.data.type).toEqual("not_found")
        }
        const badRegion = await api
          .get(`/store/routines/${ROUTINE}?region_id=reg_nope`, seeded.storeHeaders)
          .catch((e) => e.response)
        expect(badRegion.status).toEqual(400)
        expect(badRegion.data.message).toContain("region_id")
      })

      it("shows a key of another sales channel none of this channel's products", async () => {
        const { data } = await api.get(`/store/routines/${ROUTINE}?region_id=${eurId}`, otherHeaders)
        expect(data.routine.steps).toHaveLength(5)
        expect(data.routine.steps.flatMap((s: any) => s.products)).toEqual([])
      })
    })

    describe("GET /store/symptoms", () => {
      const DEMO_SYMPTOMS = ["breakouts", "dry-flaky", "itching", "redness", "sensitivity"]

      it("lists the symptoms", async () => {
        const { status, data } = await api.get("/store/symptoms", seeded.storeHeaders)
        expect(status).toEqual(200)
        expect(data.count).toEqual(5)
        expect(data.symptoms.map((s: any) => s.handle).sort()).toEqual(DEMO_SYMPTOMS)
        expect(Object.keys(data.symptoms[0]).sort()).toEqual(["description", "handle", "id", "name"])
      })

      it("with routine_id, only the symptoms that routine's products address: what its finder offers", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        const milk = seeded.products.find((p) => p.handle === "moisturising-cleansing-milk")!.id
        // One symptom another routine's merchandiser made, addressed by none of this routine's products;
        // one addressed by this routine's cleanser.
        await api.post("/admin/symptoms", { name: "Oily T-zone" }, admin)
        const tight = (await api.post("/admin/symptoms", { name: "Tightness" }, admin)).data.symptom
        await api.post(`/admin/symptoms/${tight.id}/products`, { add: [milk] }, admin)

        const all = await api.get("/store/symptoms", seeded.storeHeaders)
        expect(all.data.count).toEqual(7)
        for (const key of [ROUTINE, seeded.routine.id]) {
          const { data } = await api.get(`/store/symptoms?routine_id=${key}`, seeded.storeHeaders)
          expect(data.symptoms.map((s: any) => s.handle).sort()).toEqual([...DEMO_SYMPTOMS, "tightness"])
          expect(data.count).toEqual(6)
        }
        const named = await api.get(`/store/symptoms?routine_id=${ROUTINE}&handle=tightness`, seeded.storeHeaders)
        expect(named.data.symptoms.map((s: any) => s.handle)).toEqual(["tightness"])

        const missing = await api.get("/store/symptoms?routine_id=nope", seeded.storeHeaders).catch((e) => e.response)
        expect(missing.status).toEqual(404)
        expect(missing.data.message).toEqual("Routine with id or handle: nope was not found")
      })

      it("with routine_id, none when the routine's products address no symptom", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        for (const symptom of (await api.get("/admin/symptoms?fields=id", admin)).data.symptoms) {
          await api.delete(`/admin/symptoms/${symptom.id}`, admin)
        }
        await api.post("/admin/symptoms", { name: "Unrelated" }, admin)
        const { data } = await api.get(`/store/symptoms?routine_id=${ROUTINE}`, seeded.storeHeaders)
        expect(data).toMatchObject({ symptoms: [], count: 0 })
      })
    })

    describe("POST /store/routines/:id/quote", () => {
      it("prices the default bundle exactly as worked out by hand", async () => {
        const { status, data } = await quote(api, seeded, { region_id: eurId })
        expect(status).toEqual(200)
        const q = data.quote
        // 14.90 + 24.90 + 29.90 + 22.90 + 19.90 = 112.50; 15 % = 16.875 → 16.88
        expect(q).toMatchObject({
          routine_handle: ROUTINE,
          region_id: eurId,
          currency_code: "eur",
          quantity: 1,
          complete: true,
          unavailable_steps: [],
          subtotal: 112.5,
          discount_total: 16.88,
          total: 95.62,
        })
        expect(q.items.map((i: any) => [i.step.handle, i.product.handle, i.reason, i.unit_price, i.discounted_unit_price]))
          .toEqual([
            ["gentle-cleansing", "moisturising-cleansing-milk", "default", 14.9, 12.67],
            ["nourish-microbiome", "naked-hyaluronic-multiserum", "default", 24.9, 21.16],
            ["soothe-and-repair", "cbd-extra-strong-repair-salve", "default", 29.9, 25.41],
            ["moisturise-and-protect", "bio-klinik-restorative-moisturiser", "default", 22.9, 19.46],
            ["support-from-inside", "me-3-probiotic", "default", 19.9, 16.92],
          ])
        expect(q.items[0]).toMatchObject({
          step: { position: 1, title: "Gentle cleansing" },
          variant: { sku: "MOISTURISING-CLEANSING-MILK", title: "Standard" },
          symptoms: [],
          quantity: 1,
          subtotal: 14.9,
          total: 12.67,
          is_tax_inclusive: false,
        })
      })

      it("follows the symptoms, and falls back when the best match is out of stock", async () => {
        const { data } = await quote(api, seeded, {
          region_id: eurId,
          symptoms: ["breakouts", "dry-flaky"],
        })
        expect(data.quote.items.map((i: any) => [i.product.handle, i.reason, i.symptoms.map((s: any) => s.handle)])).toEqual([
          ["moisturising-cleansing-milk", "symptoms", ["dry-flaky"]],
          ["bio-klinik-moisture-lock-toner", "symptoms", ["breakouts", "dry-flaky"]],
          ["cbd-extra-strong-repair-salve", "default", []],
          // Three candidates answer dry-flaky: the merchant's default wins the tie.
          ["bio-klinik-restorative-moisturiser", "symptoms", ["dry-flaky"]],
          // Zinc answers both but has no stock.
          ["me-3-probiotic", "fallback", ["breakouts"]],
        ])
        // 104.50 - 15.675 (→ 15.68) = 88.82
        expect(data.quote).toMatchObject({ subtotal: 104.5, discount_total: 15.68, total: 88.82 })
      })

      it("accepts symptoms by id and explicit picks by step handle or id", async () => {
        const { data: symptoms } = await api.get("/store/symptoms", seeded.storeHeaders)
        const itching = symptoms.symptoms.find((s: any) => s.handle === "itching").id
        const { data: detail } = await api.get(`/store/routines/${ROUTINE}?region_id=${eurId}`, seeded.storeHeaders)
        const { data } = await quote(api, seeded, {
          region_id: eurId,
          symptoms: [itching],
          selections: {
            "nourish-microbiome": variantOf(seeded, "sunbrero-aloe-serum"),
            [detail.routine.steps[3].id]: variantOf(seeded, "halo-moisture-mask"),
            "support-from-inside": variantOf(seeded, "zinc-b3-omega-3-complex"),
          },
        })
        expect(data.quote.items.map((i: any) => [i.product.handle, i.reason, i.symptoms.map((s: any) => s.name)])).toEqual([
          ["moisturising-cleansing-milk", "default", []],
          ["sunbrero-aloe-serum", "selection", ["Itching, tingling or burning"]],
          ["cbd-extra-strong-repair-salve", "symptoms", ["Itching, tingling or burning"]],
          ["halo-moisture-mask", "selection", []],
          ["me-3-probiotic", "fallback", []],
        ])
      })

      it("prices q bundles as q times one, and in the region's currency", async () => {
        const two = await quote(api, seeded, { region_id: eurId, quantity: 2 })
        expect(two.data.quote).toMatchObject({ quantity: 2, subtotal: 225, discount_total: 33.76, total: 191.24 })
        expect(two.data.quote.items[0]).toMatchObject({ quantity: 2, discounted_unit_price: 12.67, total: 25.34 })

        const usd = await quote(api, seeded, { region_id: usdId })
        // 16.39 + 27.39 + 32.89 + 25.19 + 21.89 = 123.75; 15 % = 18.5625 → 18.56
        expect(usd.data.quote).toMatchObject({
          currency_code: "usd",
          subtotal: 123.75,
          discount_total: 18.56,
          total: 105.19,
        })
      })

      it("says which step cannot be filled for the quantity asked", async () => {
        const { status, data } = await quote(api, seeded, { region_id: eurId, quantity: 55 })
        expect(status).toEqual(200)
        expect(data.quote.complete).toBe(false)
        expect(data.quote.unavailable_steps).toEqual([
          expect.objectContaining({ handle: "soothe-and-repair", optional: false }),
        ])
        expect(data.quote.unavailable_steps[0].message).toContain("quantity 55")
        expect(data.quote.items).toHaveLength(4)
      })

      it("offers a key of another sales channel nothing", async () => {
        const response = await api.post(
          `/store/routines/${ROUTINE}/quote`,
          { region_id: eurId },
          otherHeaders
        )
        expect(response.data.quote).toMatchObject({ complete: false, items: [], total: 0 })
        expect(response.data.quote.unavailable_steps.map((s: any) => s.handle)).toEqual(DEMO_STEPS)
      })

      it("skips optional steps and prices a fixed discount in its currency only", async () => {
        const both = await quote(api, seeded, { region_id: eurId }, "fixed-duo")
        // 14.90 + 21.90 - 5.00
        expect(both.data.quote).toMatchObject({ subtotal: 36.8, discount_total: 5, total: 31.8 })
        const skipped = await quote(api, seeded, { region_id: eurId, skip_steps: ["mask"] }, "fixed-duo")
        expect(skipped.data.quote.items.map((i: any) => i.step.handle)).toEqual(["cleanse"])
        expect(skipped.data.quote).toMatchObject({ complete: true, total: 9.9 })

        const usd = await quote(api, seeded, { region_id: usdId }, "fixed-duo")
        expect(usd.status).toEqual(400)
        expect(usd.data.type).toEqual("invalid_data")
        expect(usd.data.message).toContain("cannot be sold in USD")
      })

      it.each([
        [{ unit_price: 1 }, "unit_price"],
        [{ items: [{ unit_price: 1 }] }, "items"],
        [{ region_id: undefined }, "region_id"],
        [{ quantity: 0 }, "quantity"],
        [{ symptoms: ["no-such-symptom"] }, "no-such-symptom"],
        [{ skip_steps: ["gentle-cleansing", "nourish-microbiome", "soothe-and-repair"] }, "keeps at least 3 of its 5 steps"],
        [{ skip_steps: ["no-such-step"] }, "no-such-step"],
        [{ selections: { "gentle-cleansing": "variant_nope" } }, "gentle-cleansing"],
      ])("refuses %j with a 400 naming %s", async (body, named) => {
        const response = await quote(api, seeded, { region_id: eurId, ...body })
        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(named)
      })

      it("refuses a pick from another step, naming the step", async () => {
        const response = await quote(api, seeded, {
          region_id: eurId,
          selections: { "gentle-cleansing": variantOf(seeded, "me-3-probiotic") },
        })
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain('step "gentle-cleansing"')
      })

      it("is 404 for a draft or unknown routine and needs a publishable key", async () => {
        for (const id of ["draft-solo", "no-such-routine"]) {
          const response = await quote(api, seeded, { region_id: eurId }, id)
          expect(response.status).toEqual(404)
          expect(response.data.type).toEqual("not_found")
        }
        const keyless = await api
          .post(`/store/routines/${ROUTINE}/quote`, { region_id: eurId })
          .catch((e) => e.response)
        expect(keyless.status).toEqual(400)
        expect(keyless.data.type).toEqual("not_allowed")
      })
    })

    describe("whether a routine can be bought where the shopper is", () => {
      const sellabilityOf = async (routine: string, query: string, headers: { headers: Record<string, string> } = seeded.storeHeaders) => {
        const { status, data } = await api.get(`/store/routines/${routine}?${query}`, headers)
        expect(status).toEqual(200)
        return { sellable: data.routine.sellable, unsellable_reason: data.routine.unsellable_reason }
      }
      const listed = async (query: string) => {
        const { data } = await api.get(`/store/routines?${query}`, seeded.storeHeaders)
        return Object.fromEntries(
          data.routines.map((r: any) => [r.handle, { sellable: r.sellable, unsellable_reason: r.unsellable_reason }])
        )
      }
      const SELLABLE = { sellable: true, unsellable_reason: null }

      // A page read here is cached under the changed offer; the next test's database is the seeded one.
      afterEach(() => invalidateRoutinePages(getContainer()))

      it("says a set price with only an EUR amount sells in EUR, and answers 200 with the reason in USD", async () => {
        const admin = await createAdminHeaders(api, getContainer())
        const { data: found } = await api.get(`/store/routines/${ROUTINE}?region_id=${eurId}`, seeded.storeHeaders)
        expect(found.routine).toMatchObject(SELLABLE)
        await api.post(
          `/admin/routines/${found.routine.id}`,
          { discount_type: "set_price", discount_tiers: [], discount_amounts: [{ currency_code: "eur", amount: 89 }] },
          admin
        )

        expect(await sellabilityOf(ROUTINE, `region_id=${eurId}`)).toEqual(SELLABLE)
        const usd = await api.get(`/store/routines/${ROUTINE}?region_id=${usdId}`, seeded.storeHeaders)
        expect(usd.status).toEqual(200)
        expect(usd.data.routine).toMatchObject({
          sellable: false,
          unsellable_reason: { code: "no_price_in_currency", currency_code: "usd" },
        })
        // The page still shows the routine's steps and products, priced in USD.
        expect(usd.data.routine.steps[0].products[0].variants[0].calculated_price.currency_code).toEqual("usd")
        // The quote, which the page no longer needs to try, refuses as before.
        expect((await quote(api, seeded, { region_id: usdId })).status).toEqual(400)

        // The list says the same per routine when asked with a region; the fixed-duo has only an EUR amount too.
        expect(await listed(`region_id=${usdId}`)).toEqual({
          [ROUTINE]: { sellable: false, unsellable_reason: { code: "no_price_in_currency", currency_code: "usd" } },
          "fixed-duo": { sellable: false, unsellable_reason: { code: "no_price_in_currency", currency_code: "usd" } },
        })
        expect(await listed(`region_id=${eurId}`)).toEqual({ [ROUTINE]: SELLABLE, "fixed-duo": SELLABLE })
        // Without a region or cart the list says nothing about it.
        expect(await listed("")).toEqual({
          [ROUTINE]: { sellable: undefined, unsellable_reason: undefined },
          "fixed-duo": { sellable: undefined, unsellable_reason: undefined },
        })
      })

      it("names a required step whose every product is out of stock; an optional one does not stop the sale", async () => {
        // The zinc complex is seeded with no stock.
        await createRoutineFixture(getContainer(), seeded, {
          handle: "zinc-required",
          status: "published",
          discount: { type: "percentage", value: 10 },
          steps: [
            { handle: "cleanse", products: ["moisturising-cleansing-milk"] },
            { handle: "supplement", products: ["zinc-b3-omega-3-complex"] },
          ],
        })
        await createRoutineFixture(getContainer(), seeded, {
          handle: "zinc-optional",
          status: "published",
          discount: { type: "percentage", value: 10 },
          steps: [
            { handle: "cleanse", products: ["moisturising-cleansing-milk"] },
            { handle: "supplement", optional: true, products: ["zinc-b3-omega-3-complex"] },
          ],
        })
        const outOfStock = {
          sellable: false,
          unsellable_reason: {
            code: "step_unavailable",
            steps: [{ id: expect.any(String), handle: "supplement", title: "supplement", availability: "out_of_stock" }],
          },
        }
        expect(await sellabilityOf("zinc-required", `region_id=${eurId}`)).toEqual(outOfStock)
        expect(await sellabilityOf("zinc-optional", `region_id=${eurId}`)).toEqual(SELLABLE)
        // As the quote decides it.
        const quoted = await quote(api, seeded, { region_id: eurId }, "zinc-required")
        expect(quoted.data.quote.complete).toBe(false)

        const cart = (await api.post("/store/carts", { region_id: eurId }, seeded.storeHeaders)).data.cart
        expect(await sellabilityOf("zinc-required", `cart_id=${cart.id}`)).toEqual(outOfStock)
        expect(await listed(`cart_id=${cart.id}`)).toEqual({
          [ROUTINE]: SELLABLE,
          "fixed-duo": SELLABLE,
          "zinc-optional": SELLABLE,
          "zinc-required": outOfStock,
        })
      })

      it("names every step as not sold for a key whose channel sells none of the products", async () => {
        const { unsellable_reason } = await sellabilityOf(ROUTINE, `region_id=${eurId}`, otherHeaders)
        expect(unsellable_reason.code).toEqual("step_unavailable")
        // The optional step too: with no step sold, the bundle falls below the routine's fewest steps (3).
        expect(unsellable_reason.steps.map((s: any) => [s.handle, s.availability])).toEqual(
          DEMO_STEPS.map((h) => [h, "not_sold"])
        )
      })
    })
  },
})
