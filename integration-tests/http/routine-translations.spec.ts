import { integrationTestRunner } from "../helpers/integration-runner"
import { createAdminHeaders } from "../helpers/admin"
import { addBundle, createCart, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"
import { loadCatalog } from "../../src/scripts/seed/catalog"
import { invalidateRoutinePages } from "../../src/workflows/utils/routine-page-cache"

jest.setTimeout(180 * 1000)

// The page cache on, as in a store, to see it keep one page per locale
// (integration-tests/setup.js turns it off for the other suites).
process.env.ROUTINE_PAGE_CACHE_TTL_SECONDS = "300"

const catalog = loadCatalog()
const ET = "et-EE"
/** The demo's texts: English as written, Estonian from the catalog's translations. */
const english = {
  routine: catalog.routine.title,
  step: (handle: string) => catalog.routine.steps.find((s) => s.handle === handle)!,
  symptom: (handle: string) => catalog.symptoms.find((s) => s.handle === handle)!,
  product: (handle: string) => catalog.products.find((p) => p.handle === handle)!.title,
}
const estonian = {
  routine: catalog.routine.translations![ET],
  step: (handle: string) => english.step(handle).translations![ET],
  symptom: (handle: string) => english.symptom(handle).translations![ET],
  product: (handle: string) => catalog.products.find((p) => p.handle === handle)!.translations![ET].title,
}

/**
 * The store routes answer in the request's locale as core's store routes do
 * (`x-medusa-locale`, or `?locale=`), field by field from Medusa's Translation
 * module, the default texts where a field has none; the admin edits them
 * through core's translation routes, which Settings → Translations uses.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      regionId = regionOf(seeded, "eur").id
    })

    // The runner restores the database before each test behind Medusa's back.
    beforeEach(() => invalidateRoutinePages(getContainer()))

    const inLocale = (locale?: string) => ({
      headers: { ...seeded.storeHeaders.headers, ...(locale && { "x-medusa-locale": locale }) },
    })
    const stepId = (handle: string) => seeded.routine.steps.find((s) => s.handle === handle)!.id
    const productId = (handle: string) => seeded.products.find((p) => p.handle === handle)!.id
    const page = async (locale?: string) => {
      const response = await api.get(`/store/routines/${ROUTINE}?region_id=${regionId}`, inLocale(locale))
      return { routine: response.data.routine, cache: response.headers["x-routine-cache"] as string }
    }
    /** Every text of a routine page a shopper reads, by record. */
    const textsOfPage = (routine: any) => ({
      routine: [routine.title, routine.description, routine.seo_title, routine.seo_description],
      steps: routine.steps.map((s: any) => [s.handle, s.title, s.guidance]),
      products: routine.steps.flatMap((s: any) => s.products.map((p: any) => [p.handle, p.title])),
      symptoms: routine.steps.flatMap((s: any) => s.products.flatMap((p: any) => p.symptoms.map((y: any) => [y.handle, y.name]))),
    })
    const expectedPage = (texts: typeof english | typeof estonian, routine: any) => {
      const isEstonian = texts === estonian
      return {
        routine: isEstonian
          ? [estonian.routine.title, estonian.routine.description, estonian.routine.seo_title, estonian.routine.seo_description]
          : [english.routine, catalog.routine.summary, routine.seo_title, routine.seo_description],
        steps: routine.steps.map((s: any) => {
          const t = isEstonian ? estonian.step(s.handle) : english.step(s.handle)
          return [s.handle, t.title, t.guidance]
        }),
        products: routine.steps.flatMap((s: any) =>
          s.products.map((p: any) => [p.handle, isEstonian ? estonian.product(p.handle) : english.product(p.handle)])
        ),
        symptoms: routine.steps.flatMap((s: any) =>
          s.products.flatMap((p: any) =>
            p.symptoms.map((y: any) => [y.handle, (isEstonian ? estonian.symptom(y.handle) : english.symptom(y.handle)).name])
          )
        ),
      }
    }
    /** The seeded Estonian translation of a record, as the admin reads it. */
    const translationOf = async (referenceId: string) => {
      const { data } = await api.get(`/admin/translations?reference_id=${referenceId}&locale_code=${ET}`, admin)
      expect(data.translations).toHaveLength(1)
      return data.translations[0]
    }
    const batch = (body: Record<string, unknown>) =>
      api.post("/admin/translations/batch", body, admin).catch((e: any) => e.response)

    describe("the admin: Medusa's Settings → Translations reaches the plugin's texts", () => {
      it("lists routines, steps and symptoms with their translatable fields", async () => {
        const { data } = await api.get("/admin/translations/settings", admin)
        expect(data.translation_settings).toMatchObject({
          routine: { fields: expect.arrayContaining(["title", "description", "seo_title", "seo_description"]), is_active: true },
          care_step: { fields: expect.arrayContaining(["title", "guidance"]), is_active: true },
          symptom: { fields: expect.arrayContaining(["name", "description"]), is_active: true },
        })
        expect(data.translation_settings.routine.fields).toHaveLength(4)
        expect(data.translation_settings.care_step.fields).toHaveLength(2)
        expect(data.translation_settings.symptom.fields).toHaveLength(2)
      })

      it("lists each step with its texts and translations, as its editor reads them", async () => {
        const { data } = await api.get(`/admin/translations/entities?type=care_step&id=${stepId("gentle-cleansing")}`, admin)
        expect(data.data).toEqual([
          expect.objectContaining({
            id: stepId("gentle-cleansing"),
            title: english.step("gentle-cleansing").title,
            guidance: english.step("gentle-cleansing").guidance,
            translations: [
              expect.objectContaining({ locale_code: ET, reference: "care_step", translations: estonian.step("gentle-cleansing") }),
            ],
          }),
        ])
        const statistics = await api.get(`/admin/translations/statistics?locales=${ET}&entity_types=routine&entity_types=care_step&entity_types=symptom`, admin)
        // Every demo text has its Estonian: 1 routine × 4 fields, 5 steps × 2, 5 symptoms × 2.
        expect(statistics.data.statistics).toMatchObject({
          routine: { expected: 4, translated: 4, missing: 0 },
          care_step: { expected: 10, translated: 10, missing: 0 },
          symptom: { expected: 10, translated: 10, missing: 0 },
        })
      })

      it("edits a text: the store reads the new one in that language only", async () => {
        const translation = await translationOf(stepId("soothe-and-repair"))
        const edited = await batch({ update: [{ id: translation.id, translations: { title: "Rahusta ja paranda", guidance: "Uus juhis." } }] })
        expect(edited.status).toEqual(200)
        const step = (await page(ET)).routine.steps.find((s: any) => s.handle === "soothe-and-repair")
        expect([step.title, step.guidance]).toEqual(["Rahusta ja paranda", "Uus juhis."])
        const inEnglish = (await page()).routine.steps.find((s: any) => s.handle === "soothe-and-repair")
        expect(inEnglish.title).toEqual(english.step("soothe-and-repair").title)
      })

      it("the admin's own routes keep the default texts whatever locale a request names", async () => {
        const { data } = await api.get(`/admin/routines/${seeded.routine.id}`, {
          headers: { ...admin.headers, "x-medusa-locale": ET },
        })
        expect(data.routine.title).toEqual(english.routine)
      })
    })

    it("the store's languages, for a storefront's language switch: English and Estonian", async () => {
      const { data } = await api.get("/store/locales", inLocale())
      expect(data.locales).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ code: "en-US", name: "English (United States)" }),
          expect.objectContaining({ code: ET, name: "Estonian (Estonia)" }),
        ])
      )
      expect(data.locales).toHaveLength(2)
    })

    describe("the routine page", () => {
      it("in Estonian by header or query, in English, and in the default texts for an unknown locale or none", async () => {
        const et = (await page(ET)).routine
        expect(textsOfPage(et)).toEqual(expectedPage(estonian, et))
        const byQuery = (await api.get(`/store/routines/${ROUTINE}?region_id=${regionId}&locale=et-ee`, inLocale())).data.routine
        expect(byQuery.title).toEqual(estonian.routine.title)

        for (const locale of ["en-US", "xx-YY", undefined]) {
          const routine = (await page(locale)).routine
          expect(textsOfPage(routine)).toEqual(expectedPage(english, routine))
        }
        // Prices and choices do not depend on the language.
        const en = (await page()).routine
        expect(et.steps.map((s: any) => s.products.map((p: any) => [p.id, p.variants[0].calculated_price.calculated_amount]))).toEqual(
          en.steps.map((s: any) => s.products.map((p: any) => [p.id, p.variants[0].calculated_price.calculated_amount]))
        )
      })

      it("falls back field by field: a field without a translation, or an empty one, reads the default", async () => {
        const step = await translationOf(stepId("gentle-cleansing"))
        const routine = await translationOf(seeded.routine.id)
        const created = await api.post("/admin/symptoms", { handle: "tightness", name: "Tightness", description: "Feels tight after washing." }, admin)
        expect(
          (
            await batch({
              update: [
                { id: step.id, translations: { title: "Ainult pealkiri", guidance: "" } },
                { id: routine.id, translations: { title: "" } },
              ],
              create: [{ reference: "symptom", reference_id: created.data.symptom.id, locale_code: ET, translations: { name: "Pingul nahk" } }],
            })
          ).status
        ).toEqual(200)
        const et = (await page(ET)).routine
        const cleansing = et.steps.find((s: any) => s.handle === "gentle-cleansing")
        expect([cleansing.title, cleansing.guidance]).toEqual(["Ainult pealkiri", english.step("gentle-cleansing").guidance])
        expect([et.title, et.description]).toEqual([english.routine, estonian.routine.description])
        // The other records keep their Estonian.
        expect(et.steps.find((s: any) => s.handle === "soothe-and-repair").title).toEqual(estonian.step("soothe-and-repair").title)
        const { data } = await api.get("/store/symptoms?handle=tightness", inLocale(ET))
        expect(data.symptoms.map((s: any) => [s.name, s.description])).toEqual([["Pingul nahk", "Feels tight after washing."]])
      })

      it("is cached per locale: a cached page of one language is never served in another, and an edited translation is read again", async () => {
        const reads: [string | undefined, string, string][] = []
        for (const locale of [undefined, undefined, ET, ET, undefined, "en-US", ET]) {
          const { routine, cache } = await page(locale)
          reads.push([locale, cache, routine.title])
        }
        expect(reads).toEqual([
          [undefined, "miss", english.routine],
          [undefined, "hit", english.routine],
          [ET, "miss", estonian.routine.title],
          [ET, "hit", estonian.routine.title],
          [undefined, "hit", english.routine],
          ["en-US", "miss", english.routine],
          [ET, "hit", estonian.routine.title],
        ])

        const translation = await translationOf(seeded.routine.id)
        expect((await batch({ update: [{ id: translation.id, translations: { ...estonian.routine, title: "Uus pealkiri" } }] })).status).toEqual(200)
        // Medusa's translation events reach the cache a moment after the edit answers.
        await eventually(async () => expect((await page(ET)).routine.title).toEqual("Uus pealkiri"))
        expect((await page()).routine.title).toEqual(english.routine)
      })
    })

    it("the routines list and the symptoms in Estonian, field by field, and in English", async () => {
      const list = async (locale?: string) =>
        (await api.get(`/store/routines?region_id=${regionId}`, inLocale(locale))).data.routines[0]
      const symptoms = async (locale?: string) =>
        (await api.get(`/store/symptoms?routine_id=${ROUTINE}`, inLocale(locale))).data.symptoms
          .map((s: any) => [s.handle, s.name, s.description])
          .sort()

      const et = await list(ET)
      expect([et.title, et.description]).toEqual([estonian.routine.title, estonian.routine.description])
      expect(et.steps.map((s: any) => [s.title, s.guidance])).toEqual(
        catalog.routine.steps.map((s) => [estonian.step(s.handle).title, estonian.step(s.handle).guidance])
      )
      expect((await list("xx-YY")).title).toEqual(english.routine)
      expect(await symptoms(ET)).toEqual(
        catalog.symptoms.map((s) => [s.handle, estonian.symptom(s.handle).name, estonian.symptom(s.handle).description]).sort()
      )
      expect(await symptoms("en-US")).toEqual(catalog.symptoms.map((s) => [s.handle, s.name, s.description]).sort())
    })

    it("a product's routines in Estonian, and in English", async () => {
      const of = async (locale?: string) =>
        (await api.get(`/store/products/${productId("arctic-face-cream")}/routines`, inLocale(locale))).data.routine_steps
      expect(await of(ET)).toEqual([
        expect.objectContaining({
          routine: expect.objectContaining({ title: estonian.routine.title }),
          step: expect.objectContaining({
            title: estonian.step("moisturise-and-protect").title,
            guidance: estonian.step("moisturise-and-protect").guidance,
          }),
        }),
      ])
      expect((await of())[0].step.title).toEqual(english.step("moisturise-and-protect").title)
    })

    it("a quote in Estonian: the routine, each step, product and symptom, the steps left out and those that may be", async () => {
      const body = { region_id: regionId, symptoms: ["redness", "dry-flaky"], skip_steps: ["support-from-inside"] }
      const quote = async (locale?: string) =>
        (await api.post(`/store/routines/${ROUTINE}/quote`, body, inLocale(locale))).data.quote
      const et = await quote(ET)
      expect(et.routine_title).toEqual(estonian.routine.title)
      expect(et.items.map((i: any) => [i.step.title, i.step.guidance, i.product.title])).toEqual(
        et.items.map((i: any) => [estonian.step(i.step.handle).title, estonian.step(i.step.handle).guidance, estonian.product(i.product.handle)])
      )
      expect(et.items.flatMap((i: any) => i.symptoms.map((s: any) => s.name))).toEqual(
        et.items.flatMap((i: any) => i.symptoms.map((s: any) => estonian.symptom(s.handle).name))
      )
      expect(et.symptoms.map((s: any) => s.name).sort()).toEqual(
        [estonian.symptom("redness").name, estonian.symptom("dry-flaky").name].sort()
      )
      expect(et.skipped_steps.map((s: any) => s.title)).toEqual([estonian.step("support-from-inside").title])
      expect(et.next_tier.add_steps.map((s: any) => s.title)).toEqual([estonian.step("support-from-inside").title])
      expect(et.leavable_steps.map((s: any) => s.title)).toEqual(et.leavable_steps.map((s: any) => estonian.step(s.handle).title))
      expect(et.leavable_steps.length).toBeGreaterThan(0)

      const en = await quote()
      expect(en.routine_title).toEqual(english.routine)
      expect(en.items.map((i: any) => i.product.title)).toEqual(en.items.map((i: any) => english.product(i.product.handle)))
      // The same bundle at the same price, whatever the language.
      expect([et.total, et.items.map((i: any) => i.variant.id)]).toEqual([en.total, en.items.map((i: any) => i.variant.id)])
    })

    it("a cart's bundles and then the order's in Estonian, and in English", async () => {
      const cartId = await createCheckoutCart(api, seeded, regionId)
      const added = await api.post(
        `/store/carts/${cartId}/routine-bundles`,
        { routine_id: ROUTINE, symptoms: ["sensitivity"], skip_steps: ["support-from-inside"] },
        inLocale(ET)
      )
      const check = (bundle: any, texts: "et" | "en") => {
        const t = texts === "et" ? estonian : null
        expect(bundle.routine.title).toEqual(t ? t.routine.title : english.routine)
        expect(bundle.items.map((i: any) => [i.step.title, i.product.title, ...i.symptoms.map((s: any) => s.name)])).toEqual(
          bundle.items.map((i: any) => [
            t ? t.step(i.step.handle).title : english.step(i.step.handle).title,
            t ? t.product(i.product.handle) : english.product(i.product.handle),
            ...i.symptoms.map((s: any) => (t ? t.symptom(s.handle).name : english.symptom(s.handle).name)),
          ])
        )
        expect(bundle.skipped_steps.map((s: any) => s.title)).toEqual([
          t ? t.step("support-from-inside").title : english.step("support-from-inside").title,
        ])
      }
      check(added.data.routine_bundles[0], "et")
      check((await api.get(`/store/carts/${cartId}/routine-bundles`, inLocale(ET))).data.routine_bundles[0], "et")
      check((await api.get(`/store/carts/${cartId}/routine-bundles`, inLocale())).data.routine_bundles[0], "en")

      await prepareForCompletion(api, seeded, cartId)
      const { data } = await complete(api, seeded, cartId)
      expect(data.type).toEqual("order")
      const orderBundles = (locale?: string) => api.get(`/store/orders/${data.order.id}/routine-bundles`, inLocale(locale))
      check((await orderBundles(ET)).data.routine_bundles[0], "et")
      check((await orderBundles("xx-YY")).data.routine_bundles[0], "en")
    })

    it("a cart's other routes answer their bundles in the request's language too", async () => {
      const cart = await createCart(api, seeded)
      const { data } = await addBundle(api, seeded, cart.id, { symptoms: ["itching"] })
      const bundleId = data.routine_bundles[0].id
      const updated = await api.post(`/store/carts/${cart.id}/routine-bundles/${bundleId}`, { quantity: 2 }, inLocale(ET))
      expect(updated.data.routine_bundles[0].routine.title).toEqual(estonian.routine.title)
      expect(updated.data.routine_bundles[0].items[0].step.title).toEqual(estonian.step("gentle-cleansing").title)
    })
  },
})
