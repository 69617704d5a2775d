import { integrationTestRunner } from "../helpers/integration-runner"
import fc from "fast-check"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { createAdminHeaders } from "../helpers/admin"
import {
  exchange,
  hostileNumber,
  isMedusaError,
  invalidBody,
  junk,
  notArray,
  notBoolean,
  notNonEmptyString,
  notNumber,
  notRecordOrNull,
  notStringOrNull,
  queryJunk,
  queryKey,
  rawQueryFragment,
  sendAndCompare,
  pathSegment,
  toQueryString,
  withoutNegativePaging,
  type FieldSpec,
} from "../helpers/fuzz"
import { invalidBundleBody } from "../helpers/fuzz-routine-bodies"
import { seedHostileFixture, type HostileFixture } from "../helpers/hostile-fixture"

jest.setTimeout(300 * 1000)

const RUNS = Number(process.env.FUZZ_RUNS || 20)

const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const handle = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/)
const notHandle = fc.oneof(notStringOrNull, fc.string({ maxLength: 40 }).filter((s) => !HANDLE.test(s)))
const title = fc.string({ minLength: 1, maxLength: 60 })
const metadata: FieldSpec = {
  valid: fc.oneof(fc.constant(null), fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })),
  invalid: notRecordOrNull,
}
const notEnum = (values: string[]) =>
  fc.oneof(notStringOrNull, fc.string({ maxLength: 20 }).filter((s) => !values.includes(s)))
const negative = fc.oneof(fc.constantFrom(-1, -0.5, -1e308, Number.MIN_SAFE_INTEGER), fc.double({ max: -1e-9, noNaN: true }))
const notPositiveInt = fc.oneof(fc.constantFrom(0, -1, 1.5, -1e308), notNumber)

const routineFields = (requireTitle: boolean): Record<string, FieldSpec> => ({
  title: { valid: title, invalid: notNonEmptyString, required: requireTitle },
  handle: { valid: handle, invalid: notHandle },
  description: { valid: fc.oneof(fc.constant(null), fc.string({ maxLength: 100 })), invalid: notStringOrNull },
  status: { valid: fc.constantFrom("draft", "published"), invalid: notEnum(["draft", "published"]) },
  discount_type: { valid: fc.constant("percentage"), invalid: notEnum(["percentage", "fixed"]) },
  discount_value: { valid: fc.integer({ min: 0, max: 100 }), invalid: fc.oneof(negative, notNumber) },
  discount_amounts: {
    valid: fc.constant([{ currency_code: "eur", amount: 5 }]),
    invalid: fc.oneof(
      notArray,
      fc.constant([{ currency_code: "eur", amount: 1 }, { currency_code: "EUR", amount: 2 }]),
      fc.oneof(notStringOrNull, fc.string({ maxLength: 8 }).filter((s) => !/^[a-zA-Z]{3}$/.test(s))).map((c) => [{ currency_code: c, amount: 1 }]),
      fc.oneof(negative, notNumber).map((a) => [{ currency_code: "eur", amount: a }]),
      fc.array(junk.filter((v) => v === null || typeof v !== "object" || Array.isArray(v)), { minLength: 1, maxLength: 2 })
    ),
  },
  metadata,
  additional_data: metadata,
})

const stepFields = (create: boolean): Record<string, FieldSpec> => ({
  title: { valid: title, invalid: notNonEmptyString, required: create },
  handle: { valid: handle, invalid: notHandle },
  guidance: { valid: fc.oneof(fc.constant(null), fc.string({ maxLength: 100 })), invalid: notStringOrNull },
  optional: { valid: fc.boolean(), invalid: notBoolean },
  metadata,
  additional_data: metadata,
  ...(create ? { position: { valid: fc.integer({ min: 1, max: 50 }), invalid: notPositiveInt } } : {}),
})

const symptomFields = (create: boolean): Record<string, FieldSpec> => ({
  name: { valid: title, invalid: notNonEmptyString, required: create },
  handle: { valid: handle, invalid: notHandle },
  description: { valid: fc.oneof(fc.constant(null), fc.string({ maxLength: 100 })), invalid: notStringOrNull },
  metadata,
  additional_data: metadata,
})

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: HostileFixture
    let admin: { headers: Record<string, string> }
    let routineId: string
    let stepId: string
    let symptomId: string
    let draftStepId: string
    /** Strings that name nothing of the kind a route asks for. */
    let unknownIds: fc.Arbitrary<string>

    beforeAll(async () => {
      const container = getContainer()
      fixture = await seedHostileFixture(api, container)
      admin = await createAdminHeaders(api, container)
      routineId = fixture.seeded.routine.id
      stepId = fixture.steps[0].id
      symptomId = fixture.seeded.symptoms[0].id
      const [draftStep] = await container.resolve<RoutineModuleService>(ROUTINE_MODULE).createCareSteps([
        { routine_id: fixture.draft.id, position: 1, handle: "draft-step", title: "Draft step" },
      ])
      draftStepId = draftStep.id
      unknownIds = fc.oneof(
        fc.constantFrom(...fixture.fuzz.foreignIds, draftStepId, "x".repeat(5000), "%00"),
        pathSegment(fc.string({ minLength: 1, maxLength: 60 }))
      )
    })

    const refuses = (method: "POST" | "DELETE", url: () => string, body?: fc.Arbitrary<unknown>) =>
      fc.assert(
        fc.asyncProperty(body ?? fc.constant(undefined), async (b) => {
          await sendAndCompare(getContainer(), () => exchange(api, method, url(), admin, b), "refused")
        }),
        { numRuns: RUNS }
      )

    const refusesAt = (method: "POST" | "DELETE", url: (id: string) => string, known: string[], body?: unknown) =>
      fc.assert(
        fc.asyncProperty(
          unknownIds.filter((id) => !known.includes(id)),
          async (id) => {
            await sendAndCompare(
              getContainer(),
              () => exchange(api, method, url(encodeURIComponent(id)), admin, body),
              "refused"
            )
          }
        ),
        { numRuns: RUNS }
      )

    const handlesQueries = (url: () => string, keys: string[]) =>
      fc.assert(
        fc.asyncProperty(
          fc
            .dictionary(fc.oneof(fc.constantFrom(...keys), queryKey), queryJunk, { maxKeys: 4 })
            .filter(withoutNegativePaging),
          fc.array(rawQueryFragment, { maxLength: 2 }),
          async (params, raw) => {
            await sendAndCompare(
              getContainer(),
              () => exchange(api, "GET", `${url()}?${toQueryString(params, raw)}`, admin),
              "handled"
            )
          }
        ),
        { numRuns: RUNS }
      )

    const LIST_KEYS = ["limit", "offset", "order", "fields", "q", "id", "handle", "status", "with_deleted", "expand"]

    describe("admin reads under hostile queries", () => {
      it("GET /admin/routines", () => handlesQueries(() => "/admin/routines", LIST_KEYS))
      it("GET /admin/routines/:id", () => handlesQueries(() => `/admin/routines/${routineId}`, ["fields"]))
      it("GET /admin/routines/:id/steps", () => handlesQueries(() => `/admin/routines/${routineId}/steps`, LIST_KEYS))
      it("GET /admin/symptoms", () => handlesQueries(() => "/admin/symptoms", LIST_KEYS))
      it("GET /admin/symptoms/:id", () => handlesQueries(() => `/admin/symptoms/${symptomId}`, ["fields"]))
      it("GET /admin/products/:id/routines", () =>
        handlesQueries(() => `/admin/products/${fixture.seeded.products[0].id}/routines`, ["fields"]))

      it("unknown ids are 404 on every read", async () => {
        await fc.assert(
          fc.asyncProperty(
            unknownIds,
            fc.constantFrom(
              (id: string) => `/admin/routines/${id}`,
              (id: string) => `/admin/routines/${id}/steps`,
              (id: string) => `/admin/symptoms/${id}`,
              (id: string) => `/admin/products/${id}/routines`,
              (id: string) => `/admin/orders/${id}/routine-bundles`
            ),
            async (id, url) => {
              const known = [routineId, fixture.seeded.routine.handle, fixture.draft.id, symptomId, ...fixture.seeded.products.map((p) => p.id), fixture.other.product.id]
              const result = await sendAndCompare(
                getContainer(),
                () => exchange(api, "GET", url(encodeURIComponent(id)), admin),
                known.includes(id) ? "handled" : "refused"
              )
              if (!known.includes(id)) {
                expect(result.status).toEqual(404)
              }
            }
          ),
          { numRuns: RUNS }
        )
      })
    })

    // See "known Medusa defects" in fuzz-store.spec.ts: core answers these with a 500.
    it("every known Medusa defect input to our admin routes is refused with a 4xx and changes nothing", async () => {
      const cases: [string, string, unknown?][] = [
        ["GET", "/admin/routines?a.b.c=1"],
        ["GET", "/admin/symptoms?x.y.z=1"],
        ["GET", "/admin/routines?offset=-1"],
        ["GET", "/admin/symptoms?limit=-1"],
        ["GET", `/admin/routines/${routineId}/steps?offset=-1`],
        ["GET", "/admin/routines?q=%00"],
        ["GET", "/admin/symptoms?q=%00"],
        ["GET", "/admin/routines/%00"],
        ["GET", "/admin/symptoms/%00"],
        ["GET", "/admin/products/%00/routines"],
        ["GET", "/admin/orders/%00/routine-bundles"],
        ["DELETE", "/admin/routines/%00"],
        ["DELETE", "/admin/symptoms/%00"],
        ["POST", `/admin/routines/${routineId}/steps/%00`, { title: "Renamed" }],
        ["POST", "/admin/routines", { title: "Routine", handle: "\u0000" }],
        ["POST", `/admin/routines/${routineId}`, { title: { toString: "" } }],
        ["POST", `/admin/routines/${routineId}/steps/${stepId}`, { optional: { toString: "" } }],
        ["POST", `/admin/routines/${routineId}/steps/${stepId}/products`, { add: [{ product_id: "\u0000" }] }],
        ["POST", `/admin/symptoms/${symptomId}/products`, { add: ["\u0000"] }],
        ["POST", `/admin/routines/${routineId}/quote`, { region_id: "\u0000" }],
      ]
      const notRefused: string[] = []
      for (const [method, url, body] of cases) {
        const result = await sendAndCompare(
          getContainer(),
          () => exchange(api, method as "GET" | "POST" | "DELETE", url, admin, body),
          "unchecked"
        )
        const refused = result.status >= 400 && result.status < 500 && isMedusaError(result.data)
        if (!refused) {
          notRefused.push(`${method} ${url} ${JSON.stringify(body) ?? ""} -> ${result.status} ${JSON.stringify(result.data)}`)
        }
      }
      expect(notRefused).toEqual([])
    })

    describe("admin writes refuse malformed bodies and change nothing", () => {
      it("POST /admin/routines", () => refuses("POST", () => "/admin/routines", invalidBody(routineFields(true))))
      it("POST /admin/routines/:id", () =>
        refuses("POST", () => `/admin/routines/${routineId}`, invalidBody(routineFields(false))))
      it("POST /admin/routines/:id with a percentage above 100", () =>
        refuses(
          "POST",
          () => `/admin/routines/${routineId}`,
          fc.record({ discount_type: fc.constant("percentage"), discount_value: fc.oneof(fc.constantFrom(100.01, 1e308, 2 ** 53), fc.integer({ min: 101 })) })
        ))
      it("POST /admin/routines/:id/steps", () =>
        refuses("POST", () => `/admin/routines/${routineId}/steps`, invalidBody(stepFields(true))))
      it("POST /admin/routines/:id/steps/:step_id", () =>
        refuses("POST", () => `/admin/routines/${routineId}/steps/${stepId}`, invalidBody(stepFields(false))))
      it("POST /admin/routines/:id/steps/reorder", () =>
        refuses(
          "POST",
          () => `/admin/routines/${routineId}/steps/reorder`,
          invalidBody({
            step_ids: {
              valid: fc.constant(fixture.steps.map((s) => s.id)),
              invalid: fc.oneof(
                notArray,
                fc.constant([]),
                fc.array(fc.oneof(notNonEmptyString, unknownIds), { minLength: 1, maxLength: 6 }),
                // Every step but one, or one twice.
                fc.constant(fixture.steps.slice(1).map((s) => s.id)),
                fc.constant([...fixture.steps.map((s) => s.id), fixture.steps[0].id]),
                fc.constant([...fixture.steps.slice(1).map((s) => s.id), draftStepId])
              ),
              required: true,
            },
          })
        ))
      it("POST /admin/routines/:id/steps/:step_id/products", () => {
        const products = fixture.seeded.products.map((p) => p.id)
        const notProduct = unknownIds.filter((id) => !products.includes(id) && id !== fixture.other.product.id)
        const linkItem = (productId: fc.Arbitrary<unknown>) =>
          fc.record({ product_id: productId, is_default: fc.boolean(), rank: fc.integer({ min: 0, max: 10 }) }, { requiredKeys: ["product_id"] })
        const badItem = fc.oneof(
          junk.filter((v) => v === null || typeof v !== "object" || Array.isArray(v)),
          linkItem(fc.oneof(notNonEmptyString, notProduct)),
          fc.record({ product_id: fc.constant(products[0]), is_default: notBoolean }),
          fc.record({ product_id: fc.constant(products[0]), rank: fc.oneof(negative, fc.constant(1.5), notNumber) })
        )
        return refuses(
          "POST",
          () => `/admin/routines/${routineId}/steps/${stepId}/products`,
          invalidBody({
            add: { invalid: fc.oneof(notArray, fc.array(badItem, { minLength: 1, maxLength: 3 })) },
            update: { invalid: fc.oneof(notArray, fc.array(badItem, { minLength: 1, maxLength: 3 })) },
            remove: { invalid: fc.oneof(notArray, fc.array(notNonEmptyString, { minLength: 1, maxLength: 3 })) },
          })
        )
      })
      it("POST /admin/symptoms", () => refuses("POST", () => "/admin/symptoms", invalidBody(symptomFields(true))))
      it("POST /admin/symptoms/:id", () =>
        refuses("POST", () => `/admin/symptoms/${symptomId}`, invalidBody(symptomFields(false))))
      it("POST /admin/symptoms/:id/products", () => {
        const products = fixture.seeded.products.map((p) => p.id)
        const notProduct = unknownIds.filter((id) => !products.includes(id) && id !== fixture.other.product.id)
        return refuses(
          "POST",
          () => `/admin/symptoms/${symptomId}/products`,
          invalidBody({
            add: {
              invalid: fc.oneof(notArray, fc.array(fc.oneof(notNonEmptyString, notProduct), { minLength: 1, maxLength: 3 })),
            },
            remove: { invalid: fc.oneof(notArray, fc.array(notNonEmptyString, { minLength: 1, maxLength: 3 })) },
          })
        )
      })
      it("POST /admin/routines/:id/quote", () =>
        refuses(
          "POST",
          () => `/admin/routines/${routineId}/quote`,
          invalidBundleBody(
            fixture.fuzz,
            { region_id: fixture.eur.id },
            { region_id: [fixture.eur.id, fixture.usd.id] },
            ["sales_channel_id"]
          )
        ))
      it("POST /admin/routines/:id/quote with a sales channel of the wrong type", () =>
        refuses(
          "POST",
          () => `/admin/routines/${routineId}/quote`,
          notNonEmptyString.map((v) => ({ region_id: fixture.eur.id, sales_channel_id: v }))
        ))
    })

    describe("admin writes and deletes aimed at what does not exist", () => {
      const routines = () => [routineId, fixture.seeded.routine.handle, fixture.draft.id]
      const steps = () => fixture.steps.map((s) => s.id)

      it("POST /admin/routines/:id", () => refusesAt("POST", (id) => `/admin/routines/${id}`, routines(), { title: "Renamed" }))
      it("DELETE /admin/routines/:id", () => refusesAt("DELETE", (id) => `/admin/routines/${id}`, routines()))
      it("POST /admin/routines/:id/steps", () =>
        refusesAt("POST", (id) => `/admin/routines/${id}/steps`, routines(), { title: "Extra step" }))
      it("POST /admin/routines/:id/steps/:step_id (also a step of another routine)", () =>
        refusesAt("POST", (id) => `/admin/routines/${routineId}/steps/${id}`, steps(), { title: "Renamed" }))
      it("DELETE /admin/routines/:id/steps/:step_id (also a step of another routine)", () =>
        refusesAt("DELETE", (id) => `/admin/routines/${routineId}/steps/${id}`, steps()))
      it("POST /admin/routines/:id/steps/:step_id/products", () =>
        refusesAt("POST", (id) => `/admin/routines/${routineId}/steps/${id}/products`, steps(), {
          add: [{ product_id: fixture.seeded.products[0].id }],
        }))
      it("POST /admin/symptoms/:id", () =>
        refusesAt("POST", (id) => `/admin/symptoms/${id}`, fixture.fuzz.symptomIds, { name: "Renamed" }))
      it("DELETE /admin/symptoms/:id", () =>
        refusesAt("DELETE", (id) => `/admin/symptoms/${id}`, fixture.fuzz.symptomIds))
      it("POST /admin/symptoms/:id/products", () =>
        refusesAt("POST", (id) => `/admin/symptoms/${id}/products`, fixture.fuzz.symptomIds, {
          add: [fixture.seeded.products[0].id],
        }))
      it("POST /admin/routines/:id/quote (drafts can be quoted)", () =>
        refusesAt("POST", (id) => `/admin/routines/${id}/quote`, [...routines(), fixture.draft.handle], {
          region_id: fixture.eur.id,
        }))
    })

    it("huge numbers never reach the database as a 500", async () => {
      await fc.assert(
        fc.asyncProperty(hostileNumber, async (n) => {
          const result = await sendAndCompare(
            getContainer(),
            () => exchange(api, "POST", `/admin/routines/${routineId}/steps`, admin, { title: "Step", position: n }),
            "handled"
          )
          if (!(Number.isInteger(n) && n >= 1 && n <= 2 ** 31 - 1)) {
            expect(result.status).toBeGreaterThanOrEqual(400)
          }
        }),
        { numRuns: 10 }
      )
    })
  },
})
