import { integrationTestRunner } from "../helpers/integration-runner"
import fc from "fast-check"
import {
  ensure,
  exchange,
  isMedusaError,
  queryJunk,
  queryKey,
  rawQueryFragment,
  sendAndCompare,
  toQueryString,
  pathSegment,
  unknownField,
  withField,
  withoutNegativePaging,
} from "../helpers/fuzz"
import { StoreRoutineQuote } from "../../src/api/store/routines/validators"
import { invalidBundleBody } from "../helpers/fuzz-routine-bodies"
import { seedHostileFixture, type HostileFixture } from "../helpers/hostile-fixture"

jest.setTimeout(240 * 1000)

// Each property sends this many generated requests; with the database digest
// taken around each, a suite stays near a minute on two cores.
const RUNS = Number(process.env.FUZZ_RUNS || 30)

/** A query object: keys the routes know and keys they do not, with values of any shape. */
const hostileQuery = (knownKeys: string[]) =>
  fc.record({
    params: fc
      .dictionary(fc.oneof(fc.constantFrom(...knownKeys), queryKey), queryJunk, { maxKeys: 4 })
      .filter(withoutNegativePaging),
    raw: fc.array(rawQueryFragment, { maxLength: 2 }),
  })

const LIST_KEYS = ["limit", "offset", "order", "fields", "q", "id", "handle", "expand", "with_deleted", "status", "region_id"]

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: HostileFixture
    let storeHeaders: { headers: Record<string, string> }

    beforeAll(async () => {
      fixture = await seedHostileFixture(api, getContainer())
      storeHeaders = fixture.seeded.storeHeaders
    })

    /** Nothing of the other storefront, nor the draft routine, may leak into a 2xx. */
    const ensureNoLeak = (result: Awaited<ReturnType<typeof exchange>>) => {
      if (result.status >= 300) return
      const text = JSON.stringify(result.data)
      ensure(!text.includes(fixture.other.product.id), "the other storefront's product leaked", result)
      ensure(!text.includes(fixture.draft.id), "the draft routine leaked", result)
    }

    const pathId = () =>
      fc.oneof(
        fc.constantFrom(...fixture.fuzz.foreignIds),
        pathSegment(fc.string({ minLength: 1, maxLength: 80 })),
        // ("..", which clients resolve before sending, is left out.)
        fc.constantFrom("%2e%2e%2fadmin", "%00", "a%2Fb", "x".repeat(5000))
      )

    describe("store routes under generated hostile input", () => {
      it("GET /store/routines: any query answers without a 5xx and lists no draft", async () => {
        await fc.assert(
          fc.asyncProperty(hostileQuery(LIST_KEYS), async ({ params, raw }) => {
            const url = `/store/routines?${toQueryString(params, raw)}`
            const result = await sendAndCompare(
              getContainer(),
              () => exchange(api, "GET", url, storeHeaders),
              "handled"
            )
            ensureNoLeak(result)
          }),
          { numRuns: RUNS }
        )
      })

      it("GET /store/symptoms: any query answers without a 5xx", async () => {
        await fc.assert(
          fc.asyncProperty(hostileQuery(LIST_KEYS), async ({ params, raw }) => {
            const url = `/store/symptoms?${toQueryString(params, raw)}`
            await sendAndCompare(getContainer(), () => exchange(api, "GET", url, storeHeaders), "handled")
          }),
          { numRuns: RUNS }
        )
      })

      it("GET /store/routines/:id: unknown ids are 404, queries never a 5xx, no other channel's product", async () => {
        const published = [fixture.seeded.routine.id, fixture.seeded.routine.handle]
        await fc.assert(
          fc.asyncProperty(
            fc.oneof(fc.constantFrom(...published), pathId()),
            hostileQuery(["region_id", "sales_channel_id", "fields"]),
            async (id, { params, raw }) => {
              const url = `/store/routines/${encodeURIComponent(id)}?${toQueryString(params, raw)}`
              const result = await sendAndCompare(
                getContainer(),
                () => exchange(api, "GET", url, storeHeaders),
                published.includes(id) ? "handled" : "refused"
              )
              ensureNoLeak(result)
            }
          ),
          { numRuns: RUNS }
        )
      })

      it("POST /store/routines/:id/quote: malformed bodies are refused", async () => {
        const body = invalidBundleBody(
          fixture.fuzz,
          { region_id: fixture.eur.id },
          {
            region_id: [fixture.eur.id, fixture.usd.id],
            sales_channel_id: [fixture.seeded.salesChannel.id],
          }
        )
        await fc.assert(
          fc.asyncProperty(body, async (body) => {
            await sendAndCompare(
              getContainer(),
              () => exchange(api, "POST", `/store/routines/${fixture.seeded.routine.handle}/quote`, storeHeaders, body),
              "refused"
            )
          }),
          { numRuns: RUNS }
        )
      })

      it("POST /store/routines/:id/quote: unknown routines are refused", async () => {
        await fc.assert(
          fc.asyncProperty(
            pathId().filter((id) => ![fixture.seeded.routine.id, fixture.seeded.routine.handle].includes(id)),
            async (id) => {
              await sendAndCompare(
                getContainer(),
                () =>
                  exchange(api, "POST", `/store/routines/${encodeURIComponent(id)}/quote`, storeHeaders, {
                    region_id: fixture.eur.id,
                  }),
                "refused"
              )
            }
          ),
          { numRuns: RUNS }
        )
      })

      it("POST /store/carts/:id/routine-bundles: malformed bodies are refused and the cart is untouched", async () => {
        const cartUrl = `/store/carts/${fixture.carts.withBundle}`
        const before = (await api.get(cartUrl, storeHeaders)).data.cart
        const body = invalidBundleBody(
          fixture.fuzz,
          { routine_id: fixture.seeded.routine.handle },
          { routine_id: [fixture.seeded.routine.id, fixture.seeded.routine.handle] }
        )
        await fc.assert(
          fc.asyncProperty(body, async (body) => {
            await sendAndCompare(
              getContainer(),
              () => exchange(api, "POST", `${cartUrl}/routine-bundles`, storeHeaders, body),
              "refused"
            )
          }),
          { numRuns: RUNS }
        )
        const after = (await api.get(cartUrl, storeHeaders)).data.cart
        expect(after.total).toEqual(before.total)
        expect(after.items.map((i: any) => [i.id, i.quantity, i.unit_price])).toEqual(
          before.items.map((i: any) => [i.id, i.quantity, i.unit_price])
        )
      })

      it("POST /store/carts/:id/routine-bundles: unknown carts, and the other storefront's cart, are refused", async () => {
        const ownCarts = [fixture.carts.empty, fixture.carts.withBundle]
        await fc.assert(
          fc.asyncProperty(pathId().filter((id) => !ownCarts.includes(id)), async (id) => {
            await sendAndCompare(
              getContainer(),
              () =>
                exchange(api, "POST", `/store/carts/${encodeURIComponent(id)}/routine-bundles`, storeHeaders, {
                  routine_id: fixture.seeded.routine.handle,
                }),
              "refused"
            )
          }),
          { numRuns: RUNS }
        )
      })

      it("DELETE /store/carts/:id/routine-bundles/:bundle_id: wrong pairs of ids are refused", async () => {
        const pair = fc.oneof(
          fc.tuple(fc.constant(fixture.carts.withBundle), pathId().filter((id) => id !== fixture.bundleId)),
          // A real bundle, asked of a cart it does not belong to.
          fc.tuple(
            fc.oneof(fc.constantFrom(fixture.carts.empty, fixture.carts.otherChannel), pathId()).filter(
              (id) => id !== fixture.carts.withBundle
            ),
            fc.constant(fixture.bundleId)
          )
        )
        await fc.assert(
          fc.asyncProperty(pair, hostileQuery(["fields"]), async ([cartId, bundleId], { params }) => {
            const url = `/store/carts/${encodeURIComponent(cartId)}/routine-bundles/${encodeURIComponent(bundleId)}?${toQueryString(params)}`
            await sendAndCompare(getContainer(), () => exchange(api, "DELETE", url, storeHeaders), "refused")
          }),
          { numRuns: RUNS }
        )
      })

      it("bodies that are not JSON objects are refused", async () => {
        const raw = fc.oneof(
          fc.constantFrom("{", "[]", "null", "42", '"text"', "{\"routine_id\":", "\u0000", "routine_id=barrier-restoration"),
          fc.string({ maxLength: 200 })
        )
        const routes = [
          `/store/carts/${fixture.carts.withBundle}/routine-bundles`,
          `/store/routines/${fixture.seeded.routine.handle}/quote`,
        ]
        await fc.assert(
          fc.asyncProperty(raw, fc.constantFrom(...routes), async (text, url) => {
            await sendAndCompare(getContainer(), () => exchange(api, "POST", url, storeHeaders, text), "refused")
          }),
          { numRuns: RUNS }
        )
      })

      it("unknown and price-like keys in a quote are refused, whatever their value", async () => {
        // The keys the quote accepts, from its validator (cart_id among them).
        const allowed = Object.keys(StoreRoutineQuote.shape)
        await fc.assert(
          fc.asyncProperty(unknownField(allowed), async ({ key, value }) => {
            const body = withField({ region_id: fixture.eur.id }, key, value)
            const result = await sendAndCompare(
              getContainer(),
              () => exchange(api, "POST", `/store/routines/${fixture.seeded.routine.handle}/quote`, storeHeaders, body),
              "refused"
            )
            ensure(result.status === 400, "expected 400", result)
          }),
          { numRuns: RUNS }
        )
      })
    })

    // Inputs that Medusa answers with a 500 on its own routes too (checked on
    // 2.21.2: GET /store/products?handle=%00, GET /store/products/%00,
    // POST /store/carts/%00/line-items, POST /store/carts with
    // { region_id: { toString: "" } }, GET /store/products?a.b.c=1):
    // - a NUL character reaches PostgreSQL, which refuses it in text;
    // - a wrongly typed value whose `toString` is not a function breaks the
    //   zod error message of @medusajs/framework (`got: '${received}'`);
    // - a query key nested more than two levels makes validateAndTransformQuery
    //   throw INVALID_ARGUMENT, which the error handler maps to 500;
    // - createFindParams lets a negative offset or limit reach PostgreSQL
    //   (GET /store/products?offset=-1 too).
    // Our routes can refuse them as bad input; each row says which do not.
    describe("known Medusa defects", () => {
      it("every such input to our store routes is refused with a 4xx and changes nothing", async () => {
        const quote = `/store/routines/${fixture.seeded.routine.handle}/quote`
        const add = `/store/carts/${fixture.carts.withBundle}/routine-bundles`
        const cases: [string, string, unknown?][] = [
          ["GET", "/store/routines?a.b.c=1"],
          ["GET", `/store/routines/${fixture.seeded.routine.handle}?region_id.a.b=1`],
          ["GET", "/store/symptoms?x.y.z=1"],
          ["GET", "/store/routines?offset=-1"],
          ["GET", "/store/routines?limit=-1"],
          ["GET", "/store/symptoms?offset=-1"],
          ["GET", "/store/routines?q=%00"],
          ["GET", "/store/routines?handle=%00"],
          ["GET", "/store/symptoms?q=%00"],
          ["GET", "/store/routines/%00"],
          ["POST", "/store/routines/%00/quote", { region_id: fixture.eur.id }],
          ["POST", quote, { region_id: "\u0000" }],
          ["POST", quote, { region_id: fixture.eur.id, symptoms: ["\u0000"] }],
          ["POST", quote, { region_id: { toString: "" } }],
          ["POST", "/store/carts/%00/routine-bundles", { routine_id: fixture.seeded.routine.handle }],
          ["POST", add, { routine_id: "\u0000" }],
          ["POST", add, { routine_id: { toString: "" } }],
          ["POST", add, { routine_id: fixture.seeded.routine.handle, quantity: { valueOf: 1, toString: 1 } }],
          ["DELETE", `/store/carts/${fixture.carts.withBundle}/routine-bundles/%00`],
        ]
        const notRefused: string[] = []
        for (const [method, url, body] of cases) {
          const result = await sendAndCompare(
            getContainer(),
            () => exchange(api, method as "GET" | "POST" | "DELETE", url, storeHeaders, body),
            "unchecked"
          )
          const refused = result.status >= 400 && result.status < 500 && isMedusaError(result.data)
          if (!refused) {
            notRefused.push(`${method} ${url} ${JSON.stringify(body) ?? ""} -> ${result.status} ${JSON.stringify(result.data)}`)
          }
        }
        expect(notRefused).toEqual([])
      })
    })
  },
})
