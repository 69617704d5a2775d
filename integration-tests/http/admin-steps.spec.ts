import { integrationTestRunner } from "../helpers/integration-runner"
import { MedusaError } from "@medusajs/framework/utils"
import { createCareStepWorkflow } from "../../src/workflows/create-care-step"
import { reorderCareStepsWorkflow } from "../../src/workflows/reorder-care-steps"
import { updateCareStepProductsWorkflow } from "../../src/workflows/update-care-step-products"
import { readableErrors } from "../helpers/readable-errors"
import { createAdminHeaders } from "../helpers/admin"
import { seedStore } from "../helpers/store"

jest.setTimeout(120 * 1000)

// A merchant's extension that vetoes a change: the routine must be exactly
// as it was before the request.
const VETO = { vetoed_by_hook: true }
const veto = async ({
  additional_data,
}: {
  additional_data?: Record<string, unknown>
}) => {
  if (additional_data?.vetoed_by_hook) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "vetoed by the hook")
  }
}
createCareStepWorkflow.hooks.careStepCreated(veto)
reorderCareStepsWorkflow.hooks.careStepsReordered(veto)
updateCareStepProductsWorkflow.hooks.careStepProductsUpdated(veto)

const SEEDED_ORDER = [
  "1:gentle-cleansing",
  "2:nourish-microbiome",
  "3:soothe-and-repair",
  "4:moisturise-and-protect",
  "5:support-from-inside",
]

type Step = {
  id: string
  handle: string
  position: number
  product_link: { product_id: string; is_default: boolean; rank: number }[]
}

integrationTestRunner({
  testSuite: ({ api: runnerApi, getContainer }) => {
    const api = readableErrors(runnerApi)
    let seeded: Awaited<ReturnType<typeof seedStore>>
    let admin: { headers: Record<string, string> }
    let routineUrl: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      routineUrl = `/admin/routines/${seeded.routine.id}`
    })

    const productId = (handle: string) =>
      seeded.products.find((p) => p.handle === handle)!.id

    const getRoutine = async () => (await api.get(routineUrl, admin)).data.routine

    const stepByHandle = async (handle: string): Promise<Step> =>
      (await getRoutine()).steps.find((s: Step) => s.handle === handle)

    const handlesInOrder = (routine: { steps: Step[] }) =>
      routine.steps.map((s) => `${s.position}:${s.handle}`)

    const linksOf = (step: Step) =>
      Object.fromEntries(
        step.product_link.map((l) => [
          l.product_id,
          { is_default: l.is_default, rank: l.rank },
        ])
      )

    const expectUnauthorized = async (request: Promise<any>) => {
      const response = await request.catch((e: any) => e.response)
      expect(response.status).toEqual(401)
    }

    const expectError = async (
      request: Promise<any>,
      status: number,
      type: string,
      message: string
    ) => {
      const response = await request.catch((e: any) => e.response)
      expect(response.status).toEqual(status)
      expect(response.data.type).toEqual(type)
      expect(response.data.message).toContain(message)
    }

    describe("GET /admin/routines/:id/steps", () => {
      it("lists the steps by position with their products", async () => {
        const response = await api.get(`${routineUrl}/steps`, admin)

        expect(response.status).toEqual(200)
        expect(response.data).toMatchObject({ count: 5, offset: 0, limit: 50 })
        expect(handlesInOrder(response.data)).toEqual(SEEDED_ORDER)
        expect(response.data.steps[0].products).toContainEqual(
          expect.objectContaining({ handle: "moisturising-cleansing-milk" })
        )
      })

      it("answers an unknown routine with 404", async () => {
        await expectError(
          api.get("/admin/routines/rtn_missing/steps", admin),
          404,
          "not_found",
          "rtn_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(api.get(`${routineUrl}/steps`))
      })
    })

    describe("POST /admin/routines/:id/steps", () => {
      // On a draft: a published routine gains only optional steps (below).
      beforeEach(async () => {
        await api.post(routineUrl, { status: "draft" }, admin)
      })

      it("appends a step by default, with a handle from its title", async () => {
        const response = await api.post(
          `${routineUrl}/steps`,
          { title: "Sun Protection", guidance: "Every morning.", optional: true },
          admin
        )

        expect(response.status).toEqual(200)
        const added = response.data.routine.steps[5]
        expect(added).toMatchObject({
          handle: "sun-protection",
          title: "Sun Protection",
          guidance: "Every morning.",
          optional: true,
          position: 6,
        })
      })

      it("inserts at an occupied position and shifts the later steps", async () => {
        const response = await api.post(
          `${routineUrl}/steps`,
          { title: "Tone", position: 2 },
          admin
        )

        expect(handlesInOrder(response.data.routine)).toEqual([
          "1:gentle-cleansing",
          "2:tone",
          "3:nourish-microbiome",
          "4:soothe-and-repair",
          "5:moisturise-and-protect",
          "6:support-from-inside",
        ])
      })

      it("appends a step whose position is past the end", async () => {
        const response = await api.post(
          `${routineUrl}/steps`,
          { title: "Tone", position: 40 },
          admin
        )

        expect(response.data.routine.steps[5]).toMatchObject({
          handle: "tone",
          position: 6,
        })
      })

      it("moves the steps back when a careStepCreated hook fails", async () => {
        await expectError(
          api.post(
            `${routineUrl}/steps`,
            { title: "Tone", position: 1, additional_data: VETO },
            admin
          ),
          400,
          "not_allowed",
          "vetoed by the hook"
        )
        expect(handlesInOrder(await getRoutine())).toEqual(SEEDED_ORDER)
      })

      it("answers a handle taken in the routine with 400 and changes nothing", async () => {
        await expectError(
          api.post(
            `${routineUrl}/steps`,
            { title: "Again", handle: "gentle-cleansing", position: 1 },
            admin
          ),
          400,
          "invalid_data",
          "handle: gentle-cleansing, already exists"
        )
        expect(handlesInOrder(await getRoutine())).toEqual(SEEDED_ORDER)
      })

      it.each([
        [{}, "Field 'title' is required"],
        [{ title: "X", position: 0 }, "Value for field 'position' too small"],
        [{ title: "X", position: 1.5 }, "field 'position'"],
        [{ title: "X", position: 2 ** 31 }, "Value for field 'position' too big"],
        [{ title: "X", optional: "yes" }, "field 'optional'"],
      ])("rejects %j with 400 naming the field", async (body, message) => {
        await expectError(
          api.post(`${routineUrl}/steps`, body, admin),
          400,
          "invalid_data",
          message
        )
      })

      it("answers an unknown routine with 404", async () => {
        await expectError(
          api.post("/admin/routines/rtn_missing/steps", { title: "X" }, admin),
          404,
          "not_found",
          "rtn_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(api.post(`${routineUrl}/steps`, { title: "X" }))
      })
    })

    describe("POST /admin/routines/:id/steps/:step_id", () => {
      it("updates the given fields of a step", async () => {
        const step = await stepByHandle("soothe-and-repair")

        const response = await api.post(
          `${routineUrl}/steps/${step.id}`,
          { title: "Soothe", guidance: null, optional: true },
          admin
        )

        expect(response.status).toEqual(200)
        expect(
          response.data.routine.steps.find((s: Step) => s.id === step.id)
        ).toMatchObject({
          title: "Soothe",
          handle: "soothe-and-repair",
          guidance: null,
          optional: true,
          position: 3,
        })
      })

      it("does not move a step: positions change through reorder", async () => {
        const step = await stepByHandle("soothe-and-repair")
        await expectError(
          api.post(`${routineUrl}/steps/${step.id}`, { position: 1 }, admin),
          400,
          "invalid_data",
          "Unrecognized fields: 'position'"
        )
      })

      it("answers a step of another routine with 404", async () => {
        const other = (
          await api.post("/admin/routines", { title: "Other" }, admin)
        ).data.routine
        const step = await stepByHandle("soothe-and-repair")

        await expectError(
          api.post(
            `/admin/routines/${other.id}/steps/${step.id}`,
            { title: "X" },
            admin
          ),
          404,
          "not_found",
          step.id
        )
      })

      it("answers an unknown step with 404 naming it", async () => {
        await expectError(
          api.post(`${routineUrl}/steps/cstep_missing`, { title: "X" }, admin),
          404,
          "not_found",
          "cstep_missing"
        )
      })

      it("requires an admin", async () => {
        const step = await stepByHandle("soothe-and-repair")
        await expectUnauthorized(
          api.post(`${routineUrl}/steps/${step.id}`, { title: "X" })
        )
      })
    })

    describe("DELETE /admin/routines/:id/steps/:step_id", () => {
      it("deletes a step, closes the gap and returns the routine", async () => {
        const step = await stepByHandle("nourish-microbiome")

        const response = await api.delete(
          `${routineUrl}/steps/${step.id}`,
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data).toMatchObject({
          id: step.id,
          object: "care_step",
          deleted: true,
        })
        expect(handlesInOrder(response.data.parent)).toEqual([
          "1:gentle-cleansing",
          "2:soothe-and-repair",
          "3:moisturise-and-protect",
          "4:support-from-inside",
        ])
        const usage = await api.get(
          `/admin/products/${productId("bio-klinik-probiotic-aloe-gel")}/routines`,
          admin
        )
        expect(usage.data.care_steps).toEqual([])
      })

      it("keeps the last step of a published routine with 409", async () => {
        // Without fewest steps, which would stop the deletions sooner (admin-routines.spec.ts).
        await api.post(routineUrl, { min_steps: null }, admin)
        const routine = await getRoutine()
        for (const step of routine.steps.slice(1)) {
          await api.delete(`${routineUrl}/steps/${step.id}`, admin)
        }

        const response = await api
          .delete(`${routineUrl}/steps/${routine.steps[0].id}`, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(409)
        expect(response.data.type).toEqual("conflict")
        expect((await getRoutine()).steps).toHaveLength(1)
      })

      it("answers an unknown step with 404 naming it", async () => {
        await expectError(
          api.delete(`${routineUrl}/steps/cstep_missing`, admin),
          404,
          "not_found",
          "cstep_missing"
        )
      })

      it("requires an admin", async () => {
        const step = await stepByHandle("nourish-microbiome")
        await expectUnauthorized(api.delete(`${routineUrl}/steps/${step.id}`))
      })
    })

    describe("POST /admin/routines/:id/steps/reorder", () => {
      it("puts the steps in the given order", async () => {
        const routine = await getRoutine()
        const reversed = routine.steps.map((s: Step) => s.id).reverse()

        const response = await api.post(
          `${routineUrl}/steps/reorder`,
          { step_ids: reversed },
          admin
        )

        expect(response.status).toEqual(200)
        expect(handlesInOrder(response.data.routine)).toEqual([
          "1:support-from-inside",
          "2:moisturise-and-protect",
          "3:soothe-and-repair",
          "4:nourish-microbiome",
          "5:gentle-cleansing",
        ])
      })

      it("swaps two neighbours", async () => {
        const ids = (await getRoutine()).steps.map((s: Step) => s.id)
        ;[ids[0], ids[1]] = [ids[1], ids[0]]

        const response = await api.post(
          `${routineUrl}/steps/reorder`,
          { step_ids: ids },
          admin
        )

        expect(handlesInOrder(response.data.routine).slice(0, 2)).toEqual([
          "1:nourish-microbiome",
          "2:gentle-cleansing",
        ])
      })

      it("serialises six concurrent reorders: each succeeds and the last one wins whole", async () => {
        const ids: string[] = (await getRoutine()).steps.map((s: Step) => s.id)
        // Six different orders: each rotation of the seeded order.
        const orders = Array.from({ length: 6 }, (_, k) => [...ids.slice(k % 5), ...ids.slice(0, k % 5)].reverse())

        const responses = await Promise.all(
          orders.map((step_ids) => api.post(`${routineUrl}/steps/reorder`, { step_ids }, admin).catch((e: any) => e.response))
        )

        expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200])
        // Each answer shows a whole order, never a mix of two requests.
        for (const response of responses) {
          const answered = response.data.routine.steps.map((s: Step) => s.id)
          expect(orders).toContainEqual(answered)
          expect(response.data.routine.steps.map((s: Step) => s.position)).toEqual([1, 2, 3, 4, 5])
        }
        const final = (await getRoutine()).steps
        expect(orders).toContainEqual(final.map((s: Step) => s.id))
        expect(final.map((s: Step) => s.position)).toEqual([1, 2, 3, 4, 5])
      })

      it("lists steps by position in every route that returns them", async () => {
        const ids = (await getRoutine()).steps.map((s: Step) => s.id)
        // An order whose positions disagree with the steps' creation order.
        const shuffled = [ids[3], ids[0], ids[4], ids[2], ids[1]]
        await api.post(`${routineUrl}/steps/reorder`, { step_ids: shuffled }, admin)

        const region = `region_id=${seeded.regions[0].id}`
        const lists = [
          (await api.get(routineUrl, admin)).data.routine.steps,
          (await api.get(`${routineUrl}/steps`, admin)).data.steps,
          (await api.get("/admin/routines?fields=*steps", admin)).data.routines[0].steps,
          (await api.get("/store/routines", seeded.storeHeaders)).data.routines[0].steps,
          (await api.get(`/store/routines/${seeded.routine.id}?${region}`, seeded.storeHeaders)).data.routine.steps,
        ]
        for (const steps of lists) {
          expect(steps.map((s: Step) => s.id)).toEqual(shuffled)
          expect(steps.map((s: Step) => s.position)).toEqual([1, 2, 3, 4, 5])
        }
      })

      it.each([
        ["leaves a step out", (ids: string[]) => ids.slice(1), "missing"],
        [
          "names a step of no routine",
          (ids: string[]) => [...ids, "cstep_other"],
          "not in this routine: cstep_other",
        ],
        [
          "repeats a step",
          (ids: string[]) => [...ids.slice(1), ids[1]],
          "repeated",
        ],
      ])("rejects a list that %s with 400 naming step_ids", async (_, edit, detail) => {
        const ids = (await getRoutine()).steps.map((s: Step) => s.id)

        const response = await api
          .post(`${routineUrl}/steps/reorder`, { step_ids: edit(ids) }, admin)
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.type).toEqual("invalid_data")
        expect(response.data.message).toContain(
          "step_ids must list each of the routine's 5 steps exactly once"
        )
        expect(response.data.message).toContain(detail)
        expect(handlesInOrder(await getRoutine())[0]).toEqual(
          "1:gentle-cleansing"
        )
      })

      it("restores the old order when a careStepsReordered hook fails", async () => {
        const ids = (await getRoutine()).steps.map((s: Step) => s.id)

        await expectError(
          api.post(
            `${routineUrl}/steps/reorder`,
            { step_ids: ids.reverse(), additional_data: VETO },
            admin
          ),
          400,
          "not_allowed",
          "vetoed by the hook"
        )
        expect(handlesInOrder(await getRoutine())).toEqual(SEEDED_ORDER)
      })

      it("rejects a body without step_ids with 400 naming it", async () => {
        await expectError(
          api.post(`${routineUrl}/steps/reorder`, {}, admin),
          400,
          "invalid_data",
          "Field 'step_ids' is required"
        )
      })

      it("answers an unknown routine with 404", async () => {
        await expectError(
          api.post(
            "/admin/routines/rtn_missing/steps/reorder",
            { step_ids: ["cstep_1"] },
            admin
          ),
          404,
          "not_found",
          "rtn_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(
          api.post(`${routineUrl}/steps/reorder`, { step_ids: ["x"] })
        )
      })
    })

    describe("POST /admin/routines/:id/steps/:step_id/products", () => {
      const productsUrl = (step: Step) =>
        `${routineUrl}/steps/${step.id}/products`

      it("adds a product as the new default and clears the old default", async () => {
        const step = await stepByHandle("gentle-cleansing")
        const milk = productId("moisturising-cleansing-milk")
        const gel = productId("bio-klinik-probiotic-aloe-gel")

        const response = await api.post(
          productsUrl(step),
          { add: [{ product_id: gel, is_default: true }] },
          admin
        )

        expect(response.status).toEqual(200)
        const updated = response.data.routine.steps.find(
          (s: Step) => s.id === step.id
        )
        const links = linksOf(updated)
        expect(links[gel].is_default).toBe(true)
        expect(links[milk].is_default).toBe(false)
        expect(links[gel].rank).toBeGreaterThan(links[milk].rank)
        expect(updated.products.map((p: any) => p.id)).toContain(gel)
      })

      it("updates ranks and removes products", async () => {
        const step = await stepByHandle("nourish-microbiome")
        const [first, second, ...others] = step.product_link.map(
          (l) => l.product_id
        )

        const response = await api.post(
          productsUrl(step),
          { update: [{ product_id: first, rank: 7 }], remove: [second] },
          admin
        )

        const updated = response.data.routine.steps.find(
          (s: Step) => s.id === step.id
        )
        const links = linksOf(updated)
        expect(Object.keys(links).sort()).toEqual([first, ...others].sort())
        expect(links[first].rank).toEqual(7)
      })

      it("answers unknown products with 404 naming them", async () => {
        const step = await stepByHandle("gentle-cleansing")
        await expectError(
          api.post(
            productsUrl(step),
            { add: [{ product_id: "prod_missing" }] },
            admin
          ),
          404,
          "not_found",
          "prod_missing"
        )
      })

      it.each([
        [
          "adds a product that is already linked",
          (linked: string, other: string) => ({ add: [{ product_id: linked }] }),
          "add: already linked to this step (use update)",
        ],
        [
          "updates a product that is not linked",
          (linked: string, other: string) => ({
            update: [{ product_id: other, rank: 1 }],
          }),
          "update: not linked to this step",
        ],
        [
          "makes two products the default",
          (linked: string, other: string) => ({
            add: [{ product_id: other, is_default: true }],
            update: [{ product_id: linked, is_default: true }],
          }),
          "is_default may be true for one product of a step only",
        ],
        [
          "names a product twice",
          (linked: string, other: string) => ({
            update: [{ product_id: linked, rank: 2 }],
            remove: [linked],
          }),
          "each product may appear once across add, update and remove",
        ],
      ])("rejects a request that %s with 400", async (_, body, message) => {
        const step = await stepByHandle("gentle-cleansing")
        const linked = productId("moisturising-cleansing-milk")
        const other = productId("bio-klinik-probiotic-aloe-gel")

        await expectError(
          api.post(productsUrl(step), body(linked, other), admin),
          400,
          "invalid_data",
          message
        )
        expect(linksOf(await stepByHandle("gentle-cleansing"))).toEqual(
          linksOf(step)
        )
      })

      it.each([
        [{ add: [{ product_id: "prod_1", rank: -1 }] }, "field 'add, 0, rank' too small"],
        [{ add: [{ product_id: "prod_1", rank: 2 ** 31 }] }, "field 'add, 0, rank' too big"],
        [{ update: [{ product_id: "" }] }, "field 'update, 0, product_id' too small"],
        [{ remove: "prod_1" }, "field 'remove'"],
      ])("rejects %j with 400 naming the field", async (body, message) => {
        const step = await stepByHandle("gentle-cleansing")
        await expectError(
          api.post(productsUrl(step), body, admin),
          400,
          "invalid_data",
          message
        )
      })

      it("leaves the links as they were when a careStepProductsUpdated hook fails", async () => {
        const step = await stepByHandle("nourish-microbiome")
        const [first, second] = step.product_link.map((l) => l.product_id)
        const milk = productId("moisturising-cleansing-milk")

        const response = await api
          .post(
            productsUrl(step),
            {
              add: [{ product_id: milk, is_default: true }],
              update: [{ product_id: first, rank: 9 }],
              remove: [second],
              additional_data: VETO,
            },
            admin
          )
          .catch((e: any) => e.response)

        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual("vetoed by the hook")
        expect(linksOf(await stepByHandle("nourish-microbiome"))).toEqual(
          linksOf(step)
        )
      })

      it("answers an unknown step with 404 naming it", async () => {
        await expectError(
          api.post(
            `${routineUrl}/steps/cstep_missing/products`,
            { remove: ["prod_1"] },
            admin
          ),
          404,
          "not_found",
          "cstep_missing"
        )
      })

      it("requires an admin", async () => {
        const step = await stepByHandle("gentle-cleansing")
        await expectUnauthorized(api.post(productsUrl(step), { remove: [] }))
      })
    })

    describe("a published routine stays one shoppers can buy", () => {
      const productsUrl = (step: Step) => `${routineUrl}/steps/${step.id}/products`

      it("refuses to remove the last product of a required step (409), and allows it on a draft or an optional step", async () => {
        const step = await stepByHandle("gentle-cleansing")
        const products = step.product_link.map((l) => l.product_id)

        const refused = await api.post(productsUrl(step), { remove: products }, admin).catch((e: any) => e.response)

        expect(refused.status).toEqual(409)
        expect(refused.data.message).toEqual(
          'Removing the last product of the step "Gentle cleansing" would leave shoppers unable to buy this published routine: ' +
            'the required step "Gentle cleansing" has no product. Add another product first, or make the step optional.'
        )
        expect((await stepByHandle("gentle-cleansing")).product_link).toHaveLength(products.length)

        await api.post(`${routineUrl}/steps/${step.id}`, { optional: true }, admin)
        await api.post(productsUrl(step), { remove: products }, admin)
        expect((await stepByHandle("gentle-cleansing")).product_link).toEqual([])
      })

      it("adds a step to a published routine as optional only (409 for a required one, which has no product yet)", async () => {
        const refused = await api.post(`${routineUrl}/steps`, { title: "Tone" }, admin).catch((e: any) => e.response)

        expect(refused.status).toEqual(409)
        expect(refused.data.message).toEqual(
          'Adding the required step "Tone" would leave shoppers unable to buy this published routine: the required step "Tone" has no product. ' +
            "Add it as optional, give it a product, then make it required; or unpublish the routine first."
        )
        expect(handlesInOrder(await getRoutine())).toEqual(SEEDED_ORDER)
        const added = await api.post(`${routineUrl}/steps`, { title: "Tone", optional: true }, admin)
        expect(added.status).toEqual(200)
      })

      it("counts only products shoppers can buy: a draft product does not keep a required step", async () => {
        const step = await stepByHandle("nourish-microbiome")
        const [kept, drafted, ...others] = step.product_link.map((l) => l.product_id)
        await api.post(productsUrl(step), { remove: others }, admin)
        await api.post(`/admin/products/${drafted}`, { status: "draft" }, admin)

        const removal = await api.post(productsUrl(step), { remove: [kept] }, admin).catch((e: any) => e.response)

        expect(removal.status).toEqual(409)
        expect(removal.data.message).toContain('the required step "Nourish your microbiome" has no product')
        expect((await stepByHandle("nourish-microbiome")).product_link).toHaveLength(2)
      })

      it("refuses to make a step without products required (409); a draft may", async () => {
        const step = await stepByHandle("support-from-inside")
        await api.post(productsUrl(step), { remove: step.product_link.map((l) => l.product_id) }, admin)

        const refused = await api.post(`${routineUrl}/steps/${step.id}`, { optional: false }, admin).catch((e: any) => e.response)

        expect(refused.status).toEqual(409)
        expect(refused.data.message).toContain('Making the step "Support from the inside" required would leave shoppers unable to buy')
        expect(((await stepByHandle("support-from-inside")) as Step & { optional: boolean }).optional).toEqual(true)

        await api.post(routineUrl, { status: "draft" }, admin)
        const allowed = await api.post(`${routineUrl}/steps/${step.id}`, { optional: false }, admin)
        expect(allowed.status).toEqual(200)
      })
    })

    describe("GET /admin/products/:id/routines", () => {
      it("lists the steps that offer a product and the symptoms it addresses", async () => {
        const response = await api.get(
          `/admin/products/${productId("moisturising-cleansing-milk")}/routines`,
          admin
        )

        expect(response.status).toEqual(200)
        expect(response.data.care_steps).toEqual([
          {
            id: expect.stringMatching(/^cstep_/),
            title: "Gentle cleansing",
            handle: "gentle-cleansing",
            position: 1,
            routine: {
              id: seeded.routine.id,
              title: "Barrier Restoration Routine",
              handle: "barrier-restoration",
              status: "published",
            },
            is_default: true,
            rank: 0,
          },
        ])
        expect(
          response.data.symptoms.map((s: any) => s.handle).sort()
        ).toEqual(["dry-flaky", "redness", "sensitivity"])
        expect(response.data.symptoms[0]).toEqual({
          id: expect.stringMatching(/^symp_/),
          handle: expect.any(String),
          name: expect.any(String),
        })
      })

      it("answers an unknown product with 404 naming it", async () => {
        await expectError(
          api.get("/admin/products/prod_missing/routines", admin),
          404,
          "not_found",
          "prod_missing"
        )
      })

      it("requires an admin", async () => {
        await expectUnauthorized(
          api.get(
            `/admin/products/${productId("moisturising-cleansing-milk")}/routines`
          )
        )
      })
    })
  },
})
