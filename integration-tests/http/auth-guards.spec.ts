import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { exchange, PRICE_KEYS, sendAndCompare, withField } from "../helpers/fuzz"
import { fixtureParams, seedHostileFixture, type HostileFixture } from "../helpers/hostile-fixture"
import { discoverRoutes, fillPath } from "../helpers/routes"

jest.setTimeout(240 * 1000)

const ADMIN_ROUTES = discoverRoutes("admin")
const STORE_ROUTES = discoverRoutes("store")

/** A body each write route would accept from someone allowed to call it. */
const plausibleBody = (path: string, fixture: HostileFixture) => {
  if (path.endsWith("/quote")) return { region_id: fixture.eur.id }
  if (path.endsWith("/routine-bundles")) return { routine_id: fixture.seeded.routine.handle }
  if (path.endsWith("/reorder")) return { step_ids: [...fixture.steps].reverse().map((s) => s.id) }
  if (path.endsWith("/products")) return { add: [fixture.seeded.products[0].id] }
  if (path.includes("/symptoms")) return { name: "Hacked" }
  return { title: "Hacked" }
}

const customerToken = async (api: any, storeHeaders: { headers: Record<string, string> }) => {
  const credentials = { email: "shopper@routine.test", password: "shopper-secret" }
  const { data: registered } = await api.post("/auth/customer/emailpass/register", credentials)
  await api.post(
    "/store/customers",
    { email: credentials.email },
    { headers: { ...storeHeaders.headers, authorization: `Bearer ${registered.token}` } }
  )
  const { data } = await api.post("/auth/customer/emailpass", credentials)
  return data.token as string
}

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: HostileFixture
    let admin: { headers: Record<string, string> }
    let customer: string
    let params: (template: string) => Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      fixture = await seedHostileFixture(api, container)
      admin = await createAdminHeaders(api, container)
      customer = await customerToken(api, fixture.seeded.storeHeaders)
      params = fixtureParams(fixture)
    })

    it("finds our routes on disk", () => {
      expect(ADMIN_ROUTES.length).toBeGreaterThanOrEqual(10)
      expect(STORE_ROUTES).toEqual(
        expect.arrayContaining([
          { method: "GET", path: "/store/routines" },
          { method: "GET", path: "/store/routines/:id" },
          { method: "POST", path: "/store/routines/:id/quote" },
          { method: "GET", path: "/store/symptoms" },
          { method: "POST", path: "/store/carts/:id/routine-bundles" },
          { method: "DELETE", path: "/store/carts/:id/routine-bundles/:bundle_id" },
        ])
      )
    })

    // One test per guard, looping over the routes: the runner restores the
    // database before every test, and fifty restores would cost minutes.
    // The expected list names every route, so a failure shows which one.
    describe("admin routes", () => {
      const statusesWith = async (headers: Record<string, string>) => {
        const seen: [string, string, number, string][] = []
        for (const { method, path } of ADMIN_ROUTES) {
          const url = fillPath(path, params(path))
          const body = method === "POST" ? plausibleBody(path, fixture) : undefined
          const result = await sendAndCompare(
            getContainer(),
            () => exchange(api, method, url, { headers }, body),
            "unchecked"
          )
          seen.push([method, path, result.status, result.data?.message])
        }
        return seen
      }
      const refusedEverywhere = ADMIN_ROUTES.map(({ method, path }) => [method, path, 401, "Unauthorized"])

      it("every admin route refuses a request without a token (401) and changes nothing", async () => {
        expect(await statusesWith({})).toEqual(refusedEverywhere)
      })

      it("every admin route refuses a store customer's token (401) and changes nothing", async () => {
        const headers = { ...fixture.seeded.storeHeaders.headers, authorization: `Bearer ${customer}` }
        expect(await statusesWith(headers)).toEqual(refusedEverywhere)
      })

      it("accepts the admin token (the guard is what refused above)", async () => {
        const result = await exchange(api, "GET", "/admin/routines", admin)
        expect(result.status).toEqual(200)
      })
    })

    describe("store routes", () => {
      it("every store route refuses a request without a publishable key, even with an admin token", async () => {
        const seen: [string, string, number, string, boolean][] = []
        for (const { method, path } of STORE_ROUTES) {
          const url = fillPath(path, params(path))
          const body = method === "POST" ? plausibleBody(path, fixture) : undefined
          const result = await sendAndCompare(
            getContainer(),
            () => exchange(api, method, url, admin, body),
            "refused"
          )
          seen.push([method, path, result.status, result.data.type, /publishable/i.test(result.data.message)])
        }
        expect(seen).toEqual(STORE_ROUTES.map(({ method, path }) => [method, path, 400, "not_allowed", true]))
      })

      it("the other storefront's key sees none of this storefront's products in the routine", async () => {
        const demoProducts = fixture.seeded.products.map((p) => p.id)
        const { status, data } = await exchange(
          api,
          "GET",
          `/store/routines/${fixture.seeded.routine.handle}?region_id=${fixture.eur.id}`,
          fixture.other.storeHeaders
        )
        expect(status).toEqual(200)
        const shown = data.routine.steps.flatMap((s: any) => s.products.map((p: any) => p.id))
        expect(shown).toEqual([fixture.other.product.id])
        expect(shown.filter((id: string) => demoProducts.includes(id))).toEqual([])
      })

      it("the demo key never sees the other storefront's product, though it is the step's default", async () => {
        const { status, data } = await exchange(
          api,
          "GET",
          `/store/routines/${fixture.seeded.routine.handle}?region_id=${fixture.eur.id}`,
          fixture.seeded.storeHeaders
        )
        expect(status).toEqual(200)
        expect(JSON.stringify(data)).not.toContain(fixture.other.product.id)
      })

      it("a quote with the other storefront's key offers none of this storefront's products", async () => {
        const demoProducts = fixture.seeded.products.map((p) => p.id)
        const { status, data } = await exchange(
          api,
          "POST",
          `/store/routines/${fixture.seeded.routine.handle}/quote`,
          fixture.other.storeHeaders,
          { region_id: fixture.eur.id }
        )
        expect(status).toEqual(200)
        expect(data.quote.complete).toEqual(false)
        expect(data.quote.items.map((i: any) => i.product.id)).toEqual([fixture.other.product.id])
        expect(data.quote.items.filter((i: any) => demoProducts.includes(i.product.id))).toEqual([])
      })

      it("a quote cannot name a sales channel outside its key", async () => {
        const result = await sendAndCompare(
          getContainer(),
          () =>
            exchange(api, "POST", `/store/routines/${fixture.seeded.routine.handle}/quote`, fixture.other.storeHeaders, {
              region_id: fixture.eur.id,
              sales_channel_id: fixture.seeded.salesChannel.id,
            }),
          "refused"
        )
        expect(result.status).toEqual(400)
        expect(result.data.message).toContain("sales_channel_id")
      })

      it("selecting the other storefront's variant never puts it in the cart", async () => {
        const result = await exchange(
          api,
          "POST",
          `/store/carts/${fixture.carts.empty}/routine-bundles`,
          fixture.seeded.storeHeaders,
          {
            routine_id: fixture.seeded.routine.handle,
            selections: { [fixture.steps[0].handle]: fixture.other.product.variantId },
          }
        )
        expect(result.status).toBeLessThan(500)
        if (result.status === 200) {
          expect(JSON.stringify(result.data.cart.items)).not.toContain(fixture.other.product.id)
        }
      })
    })

    describe("price-like fields in store bodies", () => {
      const bodies = () => {
        const quote = { region_id: fixture.eur.id }
        const add = { routine_id: fixture.seeded.routine.handle }
        const step = fixture.steps[0].handle
        const variant = fixture.fuzz.stepVariants[step]
        return [
          ...PRICE_KEYS.flatMap((key) => [
            [`quote, top-level ${key}`, "quote", withField(quote, key, 0)],
            [`bundle add, top-level ${key}`, "add", withField(add, key, 0)],
          ]),
          ["bundle add, price in a selection", "add", { ...add, selections: { [step]: { variant_id: variant, unit_price: 0 } } }],
          ["bundle add, price in a symptom", "add", { ...add, symptoms: [{ handle: "dry-tight-skin", unit_price: 0 }] }],
          ["bundle add, prices in items", "add", { ...add, items: [{ variant_id: variant, unit_price: 0, quantity: 1 }] }],
          ["bundle add, nested in metadata", "add", { ...add, metadata: { total: 0 } }],
          ["bundle add, nested in additional_data", "add", { ...add, additional_data: { discount: { amount: 100 } } }],
          ["quote, price in a selection", "quote", { ...quote, selections: { [step]: { unit_price: 0 } } }],
          ["quote, compare_at price in items", "quote", { ...quote, items: [{ compare_at_unit_price: 1 }] }],
        ] as [string, "quote" | "add", Record<string, unknown>][]
      }

      it("are refused with 400, anywhere in the body", async () => {
        for (const [name, route, body] of bodies()) {
          const url =
            route === "quote"
              ? `/store/routines/${fixture.seeded.routine.handle}/quote`
              : `/store/carts/${fixture.carts.withBundle}/routine-bundles`
          const result = await sendAndCompare(
            getContainer(),
            () => exchange(api, "POST", url, fixture.seeded.storeHeaders, body),
            "refused"
          )
          expect([name, result.status]).toEqual([name, 400])
          expect([name, result.data.type]).toEqual([name, "invalid_data"])
        }
      })
    })
  },
})
