import { integrationTestRunner } from "../helpers/integration-runner"
import type { RoutineCoverageResponse } from "../../src/types"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, type Seeded } from "../helpers/bundle-cart"
import { seedStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

const ZINC = "zinc-b3-omega-3-complex"
const PROBIOTIC = "me-3-probiotic"
const SUPPLEMENT_STEP = "support-from-inside"

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
    })

    const productOf = (handle: string) => seeded.products.find((p) => p.handle === handle)!
    const titleOf = async (handle: string): Promise<string> =>
      (await api.get(`/admin/products/${productOf(handle).id}?fields=title`, admin)).data.product.title
    const coverage = async (): Promise<RoutineCoverageResponse> =>
      (await api.get(`/admin/routines/${seeded.routine.id}/coverage?region_id=${regionOf(seeded, "eur").id}`, admin)).data
    const supplementStep = (data: RoutineCoverageResponse) => data.steps.find((s) => s.handle === SUPPLEMENT_STEP)!

    it("names the product behind each fallback and why it could not be sold, and only there", async () => {
      const data = await coverage()
      const stepId = supplementStep(data).id
      const zinc = { id: productOf(ZINC).id, title: await titleOf(ZINC) }
      const probioticTitle = await titleOf(PROBIOTIC)
      // The zinc complex answers dry skin and breakouts but has no stock: wherever it is the better
      // match, the probiotic is sold in its place.
      const fellBack = data.combinations.filter((c) => c.fallback_step_ids.includes(stepId))
      expect(fellBack.map((c) => c.symptoms.map((s) => s.handle).sort())).toContainEqual(["dry-flaky"])
      for (const combination of fellBack) {
        expect(combination.items.find((i) => i.step_id === stepId)).toEqual({
          step_id: stepId,
          product_title: probioticTitle,
          reason: "fallback",
          fallback_from: { product_id: zinc.id, product_title: zinc.title, cause: "out_of_stock" },
        })
      }
      const others = data.combinations.flatMap((c) => c.items.filter((i) => !c.fallback_step_ids.includes(i.step_id)))
      expect(others.length).toBeGreaterThan(0)
      expect(others.every((i) => i.reason !== "fallback" && i.fallback_from === null)).toBe(true)
    })

    it("says a step no product can fill is out of stock, not a fallback, once its last stocked product goes", async () => {
      const stepId = supplementStep(await coverage()).id
      await api.post(
        `/admin/routines/${seeded.routine.id}/steps/${stepId}/products`,
        { remove: [productOf(PROBIOTIC).id] },
        admin
      )
      const data = await coverage()
      expect(data.combinations.every((c) => c.unavailable_step_ids.includes(stepId) && !c.fallback_step_ids.includes(stepId))).toBe(true)
      // The quote says why in a code a page can put in words, beside its message.
      const { data: preview } = await api.post(
        `/admin/routines/${seeded.routine.id}/quote`,
        { region_id: regionOf(seeded, "eur").id },
        admin
      )
      expect(preview.quote.unavailable_steps).toEqual([
        expect.objectContaining({ id: stepId, availability: "out_of_stock", optional: expect.any(Boolean) }),
      ])
      expect(preview.quote.items.every((i: Record<string, unknown>) => !("fallback_from" in i))).toBe(true)
    })
  },
})
