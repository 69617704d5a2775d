import { integrationTestRunner } from "../helpers/integration-runner"
import { MedusaError } from "@medusajs/framework/utils"
import { DISCOUNT_TYPES } from "../../src/types"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { createRoutineWorkflow } from "../../src/workflows/create-routine"
import { duplicateRoutineWorkflow } from "../../src/workflows/duplicate-routine"
import CareStepProduct from "../../src/links/care-step-product"
import { createAdminHeaders } from "../helpers/admin"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

// A merchant's extension that vetoes some routines: the request must fail
// with nothing left behind.
const VETOED_TITLE = "Vetoed by a hook"
createRoutineWorkflow.hooks.routineCreated(async ({ routine }) => {
  if (routine.title === VETOED_TITLE) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "vetoed by the hook")
  }
})

// And one that vetoes some copies, after the copy's steps and links are written.
const VETOED_COPY = "Vetoed copy"
duplicateRoutineWorkflow.hooks.routineDuplicated(async ({ routine }) => {
  if (routine.title === VETOED_COPY) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "copy vetoed by the hook")
  }
})

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Awaited<ReturnType<typeof seedStore>>
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
    })

    const routineService = () => getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)
    const productId = (handle: string) =>
      seeded.products.find((p) => p.handle === handle)!.id

    const createRoutine = async (body: Record<string, unknown>) =>
      (await api.post("/admin/routines", body, admin)).data.routine

    describe("GET /admin/routines", () => {
      it("lists routines with their steps", async () => {
        const response = await api.get("/admin/routines", admin)

        expect(response.status).toEqual(200)
        expect(response.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        const [routine] = response.data.routines
        expect(routine).toEqual({
          id: seeded.routine.id,
          handle: "barrier-restoration",
          title: "Barrier Restoration Routine",
          description: expect.any(String),
          status: "published",
          discount_type: "percentage",
          discount_value: 15,
          discount_amounts: [],
          // The demo's offer: 5 % for 3 steps, 10 % for 4, 15 % for all 5.
          discount_tiers: [
            { id: expect.any(String), min_steps: 3, percentage: 5 },
            { id: expect.any(String), min_steps: 4, percentage: 10 },
            { id: expect.any(String), min_steps: 5, percentage: 15 },
          ],
          min_steps: 3,
          promotion_policy: null,
          subscriptions_enabled: false,
          subscription_interval_weeks: null,
          subscription_discount_percentage: 0,
          starts_at: null,
          ends_at: null,
          thumbnail: "http://localhost:8000/images/routines/barrier-restoration.jpg",
          seo_title: "Barrier Restoration Routine: five steps for irritated skin",
          seo_description: expect.any(String),
          metadata: null,
          created_at: expect.any(String),
          updated_at: expect.any(String),
          steps: expect.arrayContaining([
            {
              id: expect.any(String),
              handle: "gentle-cleansing",
              title: "Gentle cleansing",
              position: 1,
            },
          ]),
        })
        expect(routine.steps).toHaveLength(5)
      })

      it("searches title and handle with q", async () => {
        await createRoutine({ title: "Night repair" })

        const byTitle = await api.get("/admin/routines?q=night", admin)
        const byHandle = await api.get("/admin/routines?q=barrier-rest", admin)
        const none = await api.get("/admin/routines?q=sunscreen", admin)

        expect(byTitle.data.routines.map((r: any) => r.handle)).toEqual([
          "night-repair",
        ])
        expect(byHandle.data.routines.map((r: any) => r.handle)).toEqual([
          "barrier-restoration",
        ])
        expect(none.data).toMatchObject({ routines: [], count: 0 })
      })

      it("filters by status and pages with offset, limit and order", async () => {
        await createRoutine({ title: "A draft" })
        await createRoutine({ title: "B draft" })

        const drafts = await api.get(
          "/admin/routines?status=draft&order=title&limit=1&offset=1",
          admin
        )

        expect(drafts.data).toMatchObject({ count: 2, offset: 1, limit: 1 })
        expect(drafts.data.routines.map((r: any) => r.title)).toEqual([
          "B draft",
        ])
      })

      it("returns the requested fields and drops relations it does not allow", async () => {
        const response = await api.get(
          "/admin/routines?fields=id,title,*bundles,steps.routine.bundles.id",
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.routines).toEqual([
          { id: seeded.routine.id, title: "Barrier Restoration Routine" },
        ])
      })

      it.each([
        ["status=archived", "for field 'status'"],
        ["offset=-1", "offset must be a whole number of at least 0"],
        ["limit=0", "Value for field 'limit' too small"],
        ["limit=abc", "limit must be a whole number of at least 0"],
        ["q=%00", "q must not contain NUL characters"],
        ["id=%00", "id must not contain NUL characters"],
        ["order=bundles", "Order field bundles is not valid"],
        ["colour=red", "Unrecognized fields: 'colour'"],
        ["a.b.c=1", "a.b.c: query keys may be nested two levels at most"],
      ])("rejects ?%s with 400 naming the field", async (params, message) => {
        const response = await api
          .get(`/admin/routines?${params}`, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(message)
      })

      it("requires an admin", async () => {
        const response = await api
          .get("/admin/routines")
          .catch((e: any) => e.response)

        expect(response.status).toEqual(401)
      })
    })

    describe("POST /admin/routines", () => {
      it("creates a draft routine with a handle from its title and fixed amounts", async () => {
        const response = await api.post(
          "/admin/routines",
          {
            title: "Calm Skin Routine",
            description: "Three steps for reactive skin.",
            discount_type: "fixed",
            discount_value: 0,
            discount_amounts: [
              { currency_code: "EUR", amount: 500 },
              { currency_code: "usd", amount: 550 },
            ],
            metadata: { season: "winter" },
          },
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.routine).toMatchObject({
          id: expect.stringMatching(/^rtn_/),
          handle: "calm-skin-routine",
          title: "Calm Skin Routine",
          status: "draft",
          discount_type: "fixed",
          metadata: { season: "winter" },
          steps: [],
        })
        expect(
          response.data.routine.discount_amounts
            .map((a: any) => [a.currency_code, a.amount])
            .sort()
        ).toEqual([
          ["eur", 500],
          ["usd", 550],
        ])
      })

      it("keeps a given handle", async () => {
        const routine = await createRoutine({
          title: "Calm Skin",
          handle: "calm",
        })
        expect(routine.handle).toEqual("calm")
      })

      it.each([
        [{}, "Invalid request: Field 'title' is required"],
        [{ title: "" }, "Invalid request: Value for field 'title' too small"],
        [{ title: "x".repeat(256) }, "Value for field 'title' too big"],
        [{ title: "a\u0000b" }, "title must not contain NUL characters"],
        [{ title: "X", handle: "Not A Handle" }, "handle must be kebab-case"],
        [
          { title: "X", discount_value: -5 },
          "Invalid request: Value for field 'discount_value' too small",
        ],
        [
          { title: "X", discount_type: "bogof" },
          `Invalid request: Expected: '${DISCOUNT_TYPES.join(", ")}' for field 'discount_type', but got: 'bogof'`,
        ],
        [
          { title: "X", discount_amounts: [{ currency_code: "eur", amount: -1 }] },
          "Invalid request: Value for field 'discount_amounts, 0, amount' too small",
        ],
        [
          {
            title: "X",
            discount_amounts: [
              { currency_code: "eur", amount: 1 },
              { currency_code: "EUR", amount: 2 },
            ],
          },
          "discount_amounts has more than one amount for: eur",
        ],
        [{ title: "X", colour: "red" }, "Unrecognized fields: 'colour'"],
      ])("rejects %j with 400", async (body, message) => {
        const response = await api
          .post("/admin/routines", body, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(message)
      })

      it("rejects a percentage above 100 with 400 naming discount_value", async () => {
        const response = await api
          .post("/admin/routines", { title: "X", discount_value: 101 }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data).toMatchObject({
          type: "invalid_data",
          message:
            "discount_value must be at most 100 for a percentage discount, got 101",
        })
        expect(await routineService().listRoutines({ title: "X" })).toEqual([])
      })

      it("accepts a fixed discount value above 100", async () => {
        const routine = await createRoutine({
          title: "X",
          discount_type: "fixed",
          discount_value: 2500,
        })
        expect(routine.discount_value).toEqual(2500)
      })

      it("answers a taken handle with Medusa's mapping of the unique violation", async () => {
        const response = await api
          .post(
            "/admin/routines",
            { title: "Again", handle: "barrier-restoration" },
            admin
          )
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data).toMatchObject({
          type: "invalid_data",
          message: "Routine with handle: barrier-restoration, already exists.",
        })
      })

      it("refuses to publish a routine without steps with 409", async () => {
        const response = await api
          .post("/admin/routines", { title: "X", status: "published" }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(409)
        expect(response.data.type).toEqual("conflict")
        expect(await routineService().listRoutines({ title: "X" })).toEqual([])
      })

      it("leaves nothing behind when a routineCreated hook fails", async () => {
        const response = await api
          .post(
            "/admin/routines",
            {
              title: VETOED_TITLE,
              discount_type: "fixed",
              discount_amounts: [{ currency_code: "eur", amount: 500 }],
            },
            admin
          )
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data).toMatchObject({
          type: "not_allowed",
          message: "vetoed by the hook",
        })
        const [routines] = await routineService().listAndCountRoutines(
          {},
          { withDeleted: true }
        )
        const [amounts] =
          await routineService().listAndCountRoutineDiscountAmounts(
            {},
            { withDeleted: true }
          )
        expect(routines.map((r) => r.handle)).toEqual(["barrier-restoration"])
        expect(amounts).toEqual([])
      })

      it("requires an admin", async () => {
        const response = await api
          .post("/admin/routines", { title: "X" })
          .catch((e: any) => e.response)

        expect(response.status).toEqual(401)
      })
    })

    describe("GET /admin/routines/:id", () => {
      it("returns the routine, its steps by position, their products and link rows", async () => {
        const response = await api.get(
          `/admin/routines/${seeded.routine.id}`,
          admin
        )

        expect(response.status).toEqual(200)
        const { routine } = response.data
        expect(routine.steps.map((s: any) => s.position)).toEqual([
          1, 2, 3, 4, 5,
        ])
        const cleansing = routine.steps[0]
        expect(cleansing).toMatchObject({
          handle: "gentle-cleansing",
          guidance: expect.any(String),
          optional: false,
        })
        const milk = cleansing.products.find(
          (p: any) => p.handle === "moisturising-cleansing-milk"
        )
        expect(milk).toEqual({
          id: productId("moisturising-cleansing-milk"),
          title: "Moisturising Cleansing Milk",
          handle: "moisturising-cleansing-milk",
          thumbnail: null,
          status: "published",
          variants: [
            {
              id: expect.any(String),
              title: "Standard",
              sku: "MOISTURISING-CLEANSING-MILK",
              prices: expect.arrayContaining([
                expect.objectContaining({ amount: 14.9, currency_code: "eur" }),
                expect.objectContaining({ amount: 16.39, currency_code: "usd" }),
              ]),
            },
          ],
        })
        expect(cleansing.product_link).toContainEqual({
          care_step_id: cleansing.id,
          product_id: milk.id,
          is_default: true,
          rank: 0,
        })
      })

      it("narrows the response with fields", async () => {
        const response = await api.get(
          `/admin/routines/${seeded.routine.id}?fields=title,steps.title`,
          admin
        )

        expect(response.data.routine).toEqual({
          id: seeded.routine.id,
          title: "Barrier Restoration Routine",
          steps: expect.arrayContaining([{ title: "Gentle cleansing" }]),
        })
      })

      it("answers an unknown id with 404 naming it", async () => {
        const response = await api
          .get("/admin/routines/rtn_missing", admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(404)
        expect(response.data).toMatchObject({
          type: "not_found",
          message: "Routine id not found: rtn_missing",
        })
      })

      it("requires an admin", async () => {
        const response = await api
          .get(`/admin/routines/${seeded.routine.id}`)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(401)
      })
    })

    describe("POST /admin/routines/:id", () => {
      it("updates only the given fields", async () => {
        const response = await api.post(
          `/admin/routines/${seeded.routine.id}`,
          { title: "Barrier Repair", discount_value: 20 },
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.routine).toMatchObject({
          title: "Barrier Repair",
          handle: "barrier-restoration",
          status: "published",
          discount_value: 20,
        })
        expect(response.data.routine.steps).toHaveLength(5)
      })

      it("replaces the fixed amounts when discount_amounts is given", async () => {
        const routine = await createRoutine({
          title: "Fixed",
          discount_type: "fixed",
          discount_amounts: [
            { currency_code: "eur", amount: 500 },
            { currency_code: "usd", amount: 550 },
          ],
        })

        const response = await api.post(
          `/admin/routines/${routine.id}`,
          {
            discount_amounts: [
              { currency_code: "eur", amount: 300 },
              { currency_code: "gbp", amount: 250 },
            ],
          },
          admin
        )

        expect(
          response.data.routine.discount_amounts
            .map((a: any) => [a.currency_code, a.amount])
            .sort()
        ).toEqual([
          ["eur", 300],
          ["gbp", 250],
        ])
      })

      it("unpublishes and republishes a routine that has steps", async () => {
        const url = `/admin/routines/${seeded.routine.id}`
        const draft = await api.post(url, { status: "draft" }, admin)
        const published = await api.post(url, { status: "published" }, admin)

        expect(draft.data.routine.status).toEqual("draft")
        expect(published.data.routine.status).toEqual("published")
      })

      it("refuses to publish a routine without steps with 409", async () => {
        const routine = await createRoutine({ title: "Empty" })

        const response = await api
          .post(`/admin/routines/${routine.id}`, { status: "published" }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(409)
        expect(response.data.type).toEqual("conflict")
        const [stored] = await routineService().listRoutines({ id: routine.id })
        expect(stored.status).toEqual("draft")
      })

      it("refuses to publish a routine shoppers could not buy, naming every reason, with 409", async () => {
        const routine = await createRoutine({ title: "Unready", min_steps: 3 })
        await api.post(`/admin/routines/${routine.id}/steps`, { title: "Cleanse" }, admin)
        await api.post(`/admin/routines/${routine.id}/steps`, { title: "Soothe", optional: true }, admin)

        const response = await api
          .post(`/admin/routines/${routine.id}`, { status: "published" }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(409)
        expect(response.data.message).toEqual(
          'The routine cannot be published yet: a bundle needs 3 steps, but the routine has 2; the required step "Cleanse" has no product'
        )
        const [stored] = await routineService().listRoutines({ id: routine.id })
        expect(stored.status).toEqual("draft")
      })

      it("refuses tiers that save less with more steps, with 400 naming discount_tiers", async () => {
        const url = `/admin/routines/${seeded.routine.id}`
        const before = (await api.get(url, admin)).data.routine.discount_tiers

        const response = await api
          .post(url, { discount_tiers: [{ min_steps: 4, percentage: 10 }, { min_steps: 3, percentage: 12 }, { min_steps: 5, percentage: 8 }] }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(
          "discount_tiers must save at least as much with more steps: 4 steps at 10 % after 3 steps at 12 %; 5 steps at 8 % after 4 steps at 10 %"
        )
        expect((await api.get(url, admin)).data.routine.discount_tiers).toEqual(before)
      })

      it("refuses fewest steps above a published routine's step count with 400 naming min_steps", async () => {
        const url = `/admin/routines/${seeded.routine.id}`
        const steps = (await api.get(url, admin)).data.routine.steps.length

        const response = await api.post(url, { min_steps: steps + 1 }, admin).catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual(`min_steps: a bundle cannot need ${steps + 1} steps when the routine has ${steps}`)
        expect((await api.get(url, admin)).data.routine.min_steps).not.toEqual(steps + 1)
        // A draft may hold it until it is published.
        const draft = await createRoutine({ title: "Draft", min_steps: 4 })
        expect(draft.min_steps).toEqual(4)
      })

      it("keeps as many steps as a published routine's bundles need: deleting one below is a 409", async () => {
        const url = `/admin/routines/${seeded.routine.id}`
        const { steps } = (await api.get(url, admin)).data.routine
        await api.post(url, { min_steps: steps.length }, admin)

        const response = await api.delete(`${url}/steps/${steps[0].id}`, admin).catch((e: any) => e.response)

        expect(response.status).toEqual(409)
        expect(response.data.message).toContain(`needs ${steps.length} steps`)
        expect((await api.get(url, admin)).data.routine.steps).toHaveLength(steps.length)
      })

      it("checks a new percentage against the stored discount type", async () => {
        const response = await api
          .post(
            `/admin/routines/${seeded.routine.id}`,
            { title: "Changed", discount_value: 150 },
            admin
          )
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual(
          "discount_value must be at most 100 for a percentage discount, got 150"
        )
        const [stored] = await routineService().listRoutines({
          id: seeded.routine.id,
        })
        expect(stored).toMatchObject({
          title: "Barrier Restoration Routine",
          discount_value: 15,
        })
      })

      it("rejects a bad body with 400 naming the field", async () => {
        const response = await api
          .post(
            `/admin/routines/${seeded.routine.id}`,
            { status: "archived" },
            admin
          )
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data).toMatchObject({
          type: "invalid_data",
          message:
            "Invalid request: Expected: 'draft, published' for field 'status', but got: 'archived'",
        })
      })

      it("answers an unknown id with 404 naming it", async () => {
        const response = await api
          .post("/admin/routines/rtn_missing", { title: "X" }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(404)
        expect(response.data.type).toEqual("not_found")
        expect(response.data.message).toContain("rtn_missing")
      })

      it("requires an admin", async () => {
        const response = await api
          .post(`/admin/routines/${seeded.routine.id}`, { title: "X" })
          .catch((e: any) => e.response)

        expect(response.status).toEqual(401)
      })
    })

    describe("POST /admin/routines/:id/duplicate", () => {
      type Step = { id: string; handle: string; title: string; guidance: string | null; position: number; optional: boolean; product_link: { product_id: string; is_default: boolean; rank: number }[] }
      const shape = (routine: any) => ({
        description: routine.description,
        discount_type: routine.discount_type,
        discount_value: routine.discount_value,
        discount_amounts: routine.discount_amounts,
        discount_tiers: routine.discount_tiers.map(({ min_steps, percentage }: any) => ({ min_steps, percentage })),
        min_steps: routine.min_steps,
        promotion_policy: routine.promotion_policy,
        steps: (routine.steps as Step[]).map(({ handle, title, guidance, position, optional, product_link }) => ({
          handle,
          title,
          guidance,
          position,
          optional,
          products: product_link
            .map(({ product_id, is_default, rank }) => ({ product_id, is_default, rank }))
            .sort((a, b) => a.rank - b.rank),
        })),
      })
      const fields = "?fields=*discount_tiers,*discount_amounts,*steps,*steps.product_link"

      it("copies the texts, the whole offer, the steps and their candidates into a draft, with a free handle", async () => {
        const original = (await api.get(`/admin/routines/${seeded.routine.id}${fields}`, admin)).data.routine

        const first = await api.post(`/admin/routines/${seeded.routine.id}/duplicate${fields}`, {}, admin)
        expect(first.status).toEqual(200)
        const copy = first.data.routine
        expect(copy).toMatchObject({
          title: "Barrier Restoration Routine (copy)",
          handle: "barrier-restoration-copy",
          status: "draft",
        })
        expect(copy.id).not.toEqual(original.id)
        expect(shape(copy)).toEqual(shape(original))
        expect(copy.steps.every((s: Step) => !original.steps.some((o: Step) => o.id === s.id))).toBe(true)

        const second = await api.post(`/admin/routines/${seeded.routine.id}/duplicate`, {}, admin)
        expect(second.data.routine.handle).toEqual("barrier-restoration-copy-2")
        // The original is as it was.
        const after = (await api.get(`/admin/routines/${seeded.routine.id}${fields}`, admin)).data.routine
        expect(shape(after)).toEqual(shape(original))
        expect(after.status).toEqual("published")

        // The copy's history starts with its creation: the routine, its offer, its steps and their candidates.
        const { data: history } = await api.get(`/admin/routine-changes?routine_id=${copy.id}&limit=50`, admin)
        const subjects = history.routine_changes.map((c: { subject: string }) => c.subject)
        expect(subjects.filter((x: string) => x === "routine")).toHaveLength(1)
        expect(subjects.filter((x: string) => x === "offer")).toHaveLength(1)
        expect(subjects.filter((x: string) => x === "step")).toHaveLength(5)
        expect(subjects.filter((x: string) => x === "candidates")).toHaveLength(5)

        // Complete as the original: it can be published as it is.
        const { data: readiness } = await api.get(`/admin/routines/${copy.id}/readiness`, admin)
        expect(readiness.readiness.publishable).toBe(true)
        const published = await api.post(`/admin/routines/${copy.id}`, { status: "published" }, admin)
        expect(published.data.routine.status).toEqual("published")
      })

      it("takes the title and handle given, and refuses a taken handle as create does, leaving nothing", async () => {
        const { data } = await api.post(
          `/admin/routines/${seeded.routine.id}/duplicate`,
          { title: "Winter barrier", handle: "winter-barrier" },
          admin
        )
        expect(data.routine).toMatchObject({ title: "Winter barrier", handle: "winter-barrier", status: "draft" })

        const before = (await api.get("/admin/routines?limit=100", admin)).data.count
        const taken = await api
          .post(`/admin/routines/${seeded.routine.id}/duplicate`, { handle: "winter-barrier" }, admin)
          .catch((e: any) => e.response)
        expect(taken.status).toEqual(400)
        expect(taken.data.message).toEqual("Routine with handle: winter-barrier, already exists.")
        expect((await api.get("/admin/routines?limit=100", admin)).data.count).toEqual(before)
      })

      it("leaves nothing behind when a routineDuplicated hook fails: no routine, step, candidate link or history entry", async () => {
        const query = getContainer().resolve("query")
        const links = async () => (await query.graph({ entity: CareStepProduct.entryPoint, fields: ["care_step_id"] })).data.length
        const [steps, linkCount, changes] = await Promise.all([
          routineService().listCareSteps({}, { withDeleted: true }),
          links(),
          routineService().listRoutineChanges({}),
        ])

        const response = await api
          .post(`/admin/routines/${seeded.routine.id}/duplicate`, { title: VETOED_COPY }, admin)
          .catch((e: any) => e.response)
        expect(response.status).toEqual(400)
        expect(response.data).toMatchObject({ type: "not_allowed", message: "copy vetoed by the hook" })

        const [routines] = await routineService().listAndCountRoutines({}, { withDeleted: true })
        expect(routines.map((r) => r.handle)).toEqual(["barrier-restoration"])
        expect(await routineService().listCareSteps({}, { withDeleted: true })).toHaveLength(steps.length)
        expect(await links()).toEqual(linkCount)
        expect(await routineService().listRoutineChanges({})).toHaveLength(changes.length)
      })

      it("answers an unknown routine with 404 and a bad body with 400 naming the field", async () => {
        const missing = await api.post("/admin/routines/rtn_missing/duplicate", {}, admin).catch((e: any) => e.response)
        expect(missing.status).toEqual(404)
        const bad = await api
          .post(`/admin/routines/${seeded.routine.id}/duplicate`, { handle: "Not A Handle" }, admin)
          .catch((e: any) => e.response)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("handle")
      })

      it("requires an admin", async () => {
        const response = await api.post(`/admin/routines/${seeded.routine.id}/duplicate`, {}).catch((e: any) => e.response)
        expect(response.status).toEqual(401)
      })
    })

    describe("GET /admin/routines/:id/readiness", () => {
      const regions = async () => {
        const { data } = await api.get("/admin/regions?fields=id,name,currency_code", admin)
        const of = (currency: string) => data.regions.find((r: { currency_code: string }) => r.currency_code === currency)
        return { eur: of("eur"), usd: of("usd") }
      }

      it("passes the demo routine everywhere: publishable, bought in every region", async () => {
        const { eur, usd } = await regions()
        const { data } = await api.get(`/admin/routines/${seeded.routine.id}/readiness`, admin)

        expect(data.readiness).toMatchObject({ publishable: true, sales_channel_id: expect.stringMatching(/^sc_/) })
        const byKey = Object.fromEntries(data.readiness.checks.map((c: { key: string }) => [c.key, c]))
        expect(byKey.structure).toEqual({
          key: "structure",
          status: "ok",
          label: "Every required step has a product shoppers can buy",
          detail: null,
          region_id: null,
        })
        for (const region of [eur, usd]) {
          expect(byKey[`sellable:${region.id}`]).toEqual({
            key: `sellable:${region.id}`,
            status: "ok",
            label: `Shoppers in ${region.name} (${region.currency_code.toUpperCase()}) can buy it`,
            detail: null,
            region_id: region.id,
          })
          expect(byKey[`coverage:${region.id}`]).toMatchObject({ status: "ok", region_id: region.id })
        }
      })

      it("names what blocks publishing and where shoppers could not buy a draft, then clears as it is fixed", async () => {
        const { eur, usd } = await regions()
        const routine = await createRoutine({
          title: "Readiness draft",
          discount_type: "fixed",
          discount_value: 5,
          discount_amounts: [{ currency_code: "eur", amount: 5 }],
        })
        const { data: created } = await api.post(`/admin/routines/${routine.id}/steps`, { title: "Cleanse" }, admin)
        const step = created.routine.steps.find((s: { title: string }) => s.title === "Cleanse")
        const checks = async () => {
          const { data } = await api.get(`/admin/routines/${routine.id}/readiness`, admin)
          return data.readiness as { publishable: boolean; checks: { key: string; status: string; detail: string | null }[] }
        }

        const before = await checks()
        expect(before.publishable).toBe(false)
        expect(before.checks.map(({ key, status, detail }) => ({ key, status, detail }))).toEqual([
          {
            key: "structure",
            status: "blocker",
            detail: 'It cannot be published: the required step "Cleanse" has no product.',
          },
          { key: "schedule", status: "ok", detail: null },
          { key: "availability", status: "ok", detail: "Sold in every sales channel its products are in, to every shopper." },
          {
            key: `sellable:${eur.id}`,
            status: "warning",
            detail: 'No product can fill "Cleanse" (none sold in this sales channel and priced in EUR).',
          },
          { key: `coverage:${eur.id}`, status: "warning", detail: expect.stringContaining("leave a step without a product") },
          {
            key: `sellable:${usd.id}`,
            status: "warning",
            detail: `The discount has no USD amount, so shoppers in ${usd.name} cannot buy the routine: add one to the offer.`,
          },
        ])
        // Publishing refuses for the reason the checklist gave as a blocker.
        const refused = await api.post(`/admin/routines/${routine.id}`, { status: "published" }, admin).catch((e) => e.response)
        expect(refused.status).toEqual(409)
        expect(refused.data.message).toContain('the required step "Cleanse" has no product')

        await api.post(
          `/admin/routines/${routine.id}/steps/${step.id}/products`,
          { add: [{ product_id: productId("moisturising-cleansing-milk"), is_default: true }] },
          admin
        )
        await api.post(`/admin/routines/${routine.id}`, { discount_amounts: [{ currency_code: "eur", amount: 5 }, { currency_code: "usd", amount: 6 }] }, admin)
        const after = await checks()
        expect(after.publishable).toBe(true)
        expect(after.checks.filter((c) => c.status !== "ok")).toEqual([])
      })

      it("answers an unknown routine with 404 and a bad query with 400 naming the field", async () => {
        const missing = await api.get("/admin/routines/rtn_missing/readiness", admin).catch((e) => e.response)
        expect(missing.status).toEqual(404)
        const bad = await api.get(`/admin/routines/${seeded.routine.id}/readiness?region=eu`, admin).catch((e) => e.response)
        expect(bad.status).toEqual(400)
        expect(bad.data.message).toContain("region")
        const channel = await api.get(`/admin/routines/${seeded.routine.id}/readiness?sales_channel_id=sc_nope`, admin).catch((e) => e.response)
        expect(channel.status).toEqual(400)
        expect(channel.data.message).toEqual('sales_channel_id: sales channel "sc_nope" does not exist')
      })

      it("requires an admin", async () => {
        const response = await api.get(`/admin/routines/${seeded.routine.id}/readiness`).catch((e) => e.response)
        expect(response.status).toEqual(401)
      })
    })

    describe("DELETE /admin/routines/:id", () => {
      it("deletes the routine, its steps and their product links", async () => {
        const response = await api.delete(
          `/admin/routines/${seeded.routine.id}`,
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data).toEqual({
          id: seeded.routine.id,
          object: "routine",
          deleted: true,
        })
        const after = await api
          .get(`/admin/routines/${seeded.routine.id}`, admin)
          .catch((e: any) => e.response)
        expect(after.status).toEqual(404)
        expect(
          await routineService().listCareSteps({
            routine_id: seeded.routine.id,
          })
        ).toEqual([])
        const usage = await api.get(
          `/admin/products/${productId("moisturising-cleansing-milk")}/routines`,
          admin
        )
        expect(usage.data.care_steps).toEqual([])
      })

      it("answers an unknown id with 404 naming it", async () => {
        const response = await api
          .delete("/admin/routines/rtn_missing", admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(404)
        expect(response.data.type).toEqual("not_found")
        expect(response.data.message).toContain("rtn_missing")
      })

      it("requires an admin", async () => {
        const response = await api
          .delete(`/admin/routines/${seeded.routine.id}`)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(401)
      })
    })
  },
})
