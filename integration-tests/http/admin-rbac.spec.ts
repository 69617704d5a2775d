// Medusa's role-based access control, on for this file only: Medusa reads
// the flag when the app boots, and jest gives each test file its own env.
process.env.MEDUSA_FF_RBAC = "true"

import { integrationTestRunner } from "../helpers/integration-runner"
import { ADMIN_ROUTE_POLICIES } from "../../src/api/admin/policies"
import { ROUTINE_POLICY_DEFINITIONS } from "../../src/policies/routine"
import { exchange, sendAndCompare } from "../helpers/fuzz"
import { fixtureParams, seedHostileFixture, type HostileFixture } from "../helpers/hostile-fixture"
import {
  expectedRbacTable,
  headersWithPolicies,
  mayCall,
  readmeRbacTable,
  roleHeaders,
  ROLE_NAMES,
  type RoleName,
} from "../helpers/rbac"
import { discoverRoutes, fillPath } from "../helpers/routes"

jest.setTimeout(240 * 1000)

const ADMIN_ROUTES = discoverRoutes("admin")

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let fixture: HostileFixture
    let as: Record<RoleName, { headers: Record<string, string> }>
    let params: (template: string) => Record<string, string>

    beforeAll(async () => {
      const container = getContainer()
      fixture = await seedHostileFixture(api, container)
      as = await roleHeaders(api, container)
      params = fixtureParams(fixture)
    })

    it("declares a policy for every plugin admin route, and only for those", () => {
      const declared = ADMIN_ROUTE_POLICIES.map(({ method, matcher }) => `${method} ${matcher}`).sort()
      expect(declared).toEqual(ADMIN_ROUTES.map(({ method, path }) => `${method} ${path}`).sort())
    })

    it("registers the plugin's resources with Medusa, so roles can grant them", async () => {
      const { status, data } = await exchange(api, "GET", "/admin/rbac/policies?limit=1000", as.owner)
      expect(status).toEqual(200)
      const keys = data.policies.map((p: { key: string }) => p.key)
      expect(keys).toEqual(expect.arrayContaining(ROUTINE_POLICY_DEFINITIONS.map((p) => `${p.resource}:${p.operation}`)))
    })

    it("the README's table of roles is the one the policies make", () => {
      expect(readmeRbacTable()).toEqual(expectedRbacTable())
    })

    // Writes carry a field no route knows and deletions name ids that do not
    // exist: a caller let through gets a 400 or a 404 and nothing changes,
    // so one database serves the whole table.
    it.each(ROLE_NAMES)("as %s, every plugin admin route answers as its policy says, and a refusal changes nothing", async (role) => {
      const seen: string[] = []
      const expected: string[] = []
      for (const { method, path } of ADMIN_ROUTES) {
        // The coverage audit needs a region; the rest take their ids from the path.
        const region = path.endsWith("/coverage") ? `?region_id=${fixture.eur.id}` : ""
        const url = fillPath(path, method === "DELETE" ? {} : params(path)) + region
        const body = method === "POST" ? { not_a_field: true } : undefined
        const result = await sendAndCompare(getContainer(), () => exchange(api, method, url, as[role], body), "unchecked")
        const allowed = mayCall(role, method, path)
        const outcome = (status: number, message: string) =>
          status === 403
            ? `403 ${/^(Forbidden|Insufficient permissions. Required policies: .+)$/.test(message) ? "like core" : message}`
            : status === 401
              ? "401"
              : "let through"
        seen.push(`${method} ${path}: ${outcome(result.status, result.data?.message)}`)
        expected.push(`${method} ${path}: ${allowed ? "let through" : "403 like core"}`)
        if (allowed && method === "GET" && !path.startsWith("/admin/orders/")) {
          expect([method, path, result.status]).toEqual([method, path, 200])
        }
      }
      expect(seen).toEqual(expected)
    })

    it("a refusal names the plugin's policy as core names its own", async () => {
      const { status, data } = await exchange(api, "GET", "/admin/routine-analytics", as.support)
      expect(status).toEqual(403)
      expect(data.message).toEqual("Insufficient permissions. Required policies: routine_analytics:read")
    })

    it("lists symptom entries of the history only to users who may read symptoms, and a user's name and email only", async () => {
      await exchange(api, "POST", "/admin/symptoms", as.owner, { name: "Flaking" })
      await exchange(api, "POST", `/admin/routines/${fixture.seeded.routine.id}`, as.owner, { title: "Renamed" })
      const reader = await headersWithPolicies(api, getContainer(), "reader@rbac.test", ["routine:read"])

      const seen = await exchange(api, "GET", "/admin/routine-changes", reader)
      expect(seen.status).toEqual(200)
      expect(seen.data.routine_changes.map((e: { subject: string }) => e.subject)).toEqual(["routine"])
      expect((await exchange(api, "GET", "/admin/routine-changes?subject=symptom", reader)).data).toMatchObject({
        routine_changes: [],
        count: 0,
      })
      const owner = await exchange(api, "GET", "/admin/routine-changes", as.owner)
      expect(owner.data.routine_changes.map((e: { subject: string }) => e.subject)).toEqual(["routine", "symptom"])
      const widened = await exchange(api, "GET", "/admin/routine-changes?fields=*user", as.owner)
      expect(widened.data.routine_changes.map((e: { user: object }) => Object.keys(e.user).sort())).toEqual([
        ["email", "first_name", "id", "last_name"],
        ["email", "first_name", "id", "last_name"],
      ])
    })

    it("a merchandiser translates the texts in Medusa's Settings → Translations; the support user may not", async () => {
      const step = fixture.seeded.routine.steps[0]
      const list = `/admin/translations?reference_id=${step.id}&locale_code=et-EE`
      const read = await exchange(api, "GET", list, as.merchandiser)
      expect(read.status).toEqual(200)
      const edit = { update: [{ id: read.data.translations[0].id, translations: { title: "Õrnalt puhtaks" } }] }
      for (const [method, url, body] of [
        ["GET", "/admin/translations/settings", undefined],
        ["GET", `/admin/translations/entities?type=care_step&id=${step.id}`, undefined],
        ["GET", "/admin/stores", undefined],
        ["POST", "/admin/translations/batch", edit],
      ] as const) {
        expect([url, (await exchange(api, method, url, as.merchandiser, body)).status]).toEqual([url, 200])
        expect([url, (await exchange(api, method, url, as.support, body)).status]).toEqual([url, 403])
      }
      expect((await exchange(api, "GET", list, as.merchandiser)).data.translations[0].translations.title).toEqual("Õrnalt puhtaks")
    })

    describe("the offer is its own permission", () => {
      const routineUrl = () => `/admin/routines/${fixture.seeded.routine.id}`
      const quote = async () =>
        (
          await exchange(
            api,
            "POST",
            `/store/routines/${fixture.seeded.routine.id}/quote`,
            fixture.seeded.storeHeaders,
            { region_id: fixture.eur.id }
          )
        ).data.quote.total

      it("a merchandiser edits a routine's text but cannot change its offer, in an edit or a new routine", async () => {
        const before = await quote()
        const text = await exchange(api, "POST", routineUrl(), as.merchandiser, { title: "Barrier Restoration, revised" })
        expect(text.status).toEqual(200)
        expect(text.data.routine.title).toEqual("Barrier Restoration, revised")

        for (const offer of [
          { discount_tiers: [{ min_steps: 1, percentage: 100 }] },
          { discount_value: 50 },
          { min_steps: 1 },
          { promotion_policy: "combine" },
          { discount_type: "set_price", discount_amounts: [{ currency_code: "eur", amount: 1 }] },
        ]) {
          const refused = await sendAndCompare(
            getContainer(),
            () => exchange(api, "POST", routineUrl(), as.merchandiser, { title: "Changed", ...offer }),
            "unchecked"
          )
          expect([offer, refused.status, refused.data.message]).toEqual([
            offer,
            403,
            "Insufficient permissions. Required policies: routine_offer:update",
          ])
        }
        const created = await exchange(api, "POST", "/admin/routines", as.merchandiser, { title: "Night routine" })
        expect(created.status).toEqual(200)
        const priced = await exchange(api, "POST", "/admin/routines", as.merchandiser, { title: "Cheap", discount_value: 90 })
        expect([priced.status, priced.data.message]).toEqual([403, "Insufficient permissions. Required policies: routine_offer:update"])
        expect(await quote()).toEqual(before)
      })

      it("the support user cannot give the routine away (the 100 % tier that priced it at 0.00)", async () => {
        const before = await quote()
        const refused = await sendAndCompare(
          getContainer(),
          () => exchange(api, "POST", routineUrl(), as.support, { discount_tiers: [{ min_steps: 1, percentage: 100 }] }),
          "refused"
        )
        expect(refused.status).toEqual(403)
        expect(await quote()).toEqual(before)
        expect(before).toBeGreaterThan(0)
      })

      it("the owner changes the offer", async () => {
        const changed = await exchange(api, "POST", routineUrl(), as.owner, { discount_value: 20 })
        expect(changed.status).toEqual(200)
        expect(changed.data.routine.discount_value).toEqual(20)
      })
    })
  },
})
