import type { MedusaContainer } from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow, updateStoresWorkflow } from "@medusajs/medusa/core-flows"
import type { Catalog, CatalogTranslations } from "./catalog"

/**
 * The demo store's languages: English, the texts as written, and Estonian.
 * Medusa's Translation module knows English but not Estonian among the
 * locales it creates.
 */
export const DEMO_LOCALES = [
  { code: "en-US", name: "English (United States)" },
  { code: "et-EE", name: "Estonian (Estonia)" },
]

type Record_ = { id: string; handle: string }

/** The locales, known to the Translation module and supported by the store (what GET /store/locales lists). */
const seedLocales = async (container: MedusaContainer) => {
  const translation = container.resolve(Modules.TRANSLATION)
  const codes = DEMO_LOCALES.map((l) => l.code)
  const known = await translation.listLocales({ code: codes })
  const unknown = DEMO_LOCALES.filter((l) => !known.some((k) => k.code === l.code))
  if (unknown.length) {
    await translation.createLocales(unknown)
  }
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_locales"] })
  const supported = (store.supported_locales ?? []).map((l) => l.locale_code)
  const missing = codes.filter((code) => !supported.includes(code))
  if (missing.length) {
    await updateStoresWorkflow(container).run({
      input: {
        selector: { id: store.id },
        update: { supported_locales: [...supported, ...missing].map((locale_code) => ({ locale_code })) },
      },
    })
  }
}

/**
 * The catalog's texts in other languages (the routine, its steps, the
 * symptoms and the products' titles), through Medusa's Translation module as
 * the admin's Settings → Translations writes them. A record that has a
 * translation in a locale keeps it, so a second run changes nothing and a
 * merchandiser's edits stay. Nothing without the `translation` feature flag.
 */
export const seedTranslations = async (
  container: MedusaContainer,
  catalog: Catalog,
  seeded: { routine: Record_ & { steps?: Record_[] }; symptoms: Record_[]; products: Record_[] }
) => {
  if (!FeatureFlag.isFeatureEnabled("translation")) {
    return
  }
  await seedLocales(container)
  const of = (reference: string, records: Record_[], texts: { handle: string; translations?: CatalogTranslations }[]) =>
    texts.flatMap(({ handle, translations }) => {
      const record = records.find((r) => r.handle === handle)
      return record
        ? Object.entries(translations ?? {}).map(([locale_code, fields]) => ({ reference, reference_id: record.id, locale_code, translations: fields }))
        : []
    })
  const wanted = [
    ...of("routine", [seeded.routine], [catalog.routine]),
    ...of("care_step", seeded.routine.steps ?? [], catalog.routine.steps),
    ...of("symptom", seeded.symptoms, catalog.symptoms),
    ...of("product", seeded.products, catalog.products),
  ]
  const existing = await container
    .resolve(Modules.TRANSLATION)
    .listTranslations({ reference_id: wanted.map((t) => t.reference_id) }, { select: ["reference_id", "locale_code"] })
  const missing = wanted.filter((t) => !existing.some((e) => e.reference_id === t.reference_id && e.locale_code === t.locale_code))
  if (missing.length) {
    await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  }
}
