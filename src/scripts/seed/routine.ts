import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { Catalog } from "./catalog"

type SeededProduct = { id: string; handle: string }

export const seedSymptoms = async (
  container: MedusaContainer,
  catalog: Catalog
) => {
  const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const handles = catalog.symptoms.map((s) => s.handle)
  const existing = await routineService.listSymptoms({ handle: handles })
  const missing = catalog.symptoms.filter(
    (s) => !existing.some((e) => e.handle === s.handle)
  )
  if (missing.length) {
    await routineService.createSymptoms(missing.map(({ translations: _translations, ...symptom }) => symptom))
  }
  return routineService.listSymptoms({ handle: handles })
}

export const seedRoutine = async (
  container: MedusaContainer,
  catalog: Catalog
) => {
  const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const { routine: data } = catalog
  let [routine] = await routineService.listRoutines(
    { handle: data.handle },
    { relations: ["steps"] }
  )
  if (!routine) {
    const created = await routineService.createRoutines({
      handle: data.handle,
      title: data.title,
      description: data.summary,
      // The image is a file of the demo storefront (storefront/public), so the
      // demo needs nothing from the internet; STOREFRONT_URL as `npm run demo` sets it.
      thumbnail: data.image ? new URL(data.image, process.env.STOREFRONT_URL || "http://localhost:8000").href : null,
      seo_title: data.seo_title ?? null,
      seo_description: data.seo_description ?? null,
      status: "published",
      discount_type: data.discount.type,
      discount_value: data.discount.value,
      min_steps: data.min_steps ?? null,
    })
    if (data.discount.tiers?.length) {
      await routineService.createRoutineDiscountTiers(
        data.discount.tiers.map((tier) => ({ ...tier, routine_id: created.id }))
      )
    }
    await routineService.createCareSteps(
      data.steps.map(({ translations: _translations, ...s }) => ({ ...s, routine_id: created.id }))
    )
    ;[routine] = await routineService.listRoutines(
      { id: created.id },
      { relations: ["steps"] }
    )
  }
  return routine
}

/**
 * Creating a link that exists already is an upsert in Medusa, so every run
 * leaves exactly the catalog's links.
 */
export const seedRoutineLinks = async (
  container: MedusaContainer,
  catalog: Catalog,
  steps: { id: string; handle: string }[],
  symptoms: { id: string; handle: string }[],
  products: SeededProduct[]
) => {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const productId = (handle: string) =>
    products.find((p) => p.handle === handle)!.id

  const stepLinks = catalog.products.map((p, index) => ({
    [ROUTINE_MODULE]: {
      care_step_id: steps.find((s) => s.handle === p.step)!.id,
    },
    [Modules.PRODUCT]: { product_id: productId(p.handle) },
    data: { is_default: !!p.default_for_step, rank: index },
  }))
  const symptomLinks = catalog.products.flatMap((p) =>
    p.symptoms.map((handle) => ({
      [ROUTINE_MODULE]: {
        symptom_id: symptoms.find((s) => s.handle === handle)!.id,
      },
      [Modules.PRODUCT]: { product_id: productId(p.handle) },
    }))
  )
  await link.create([...stepLinks, ...symptomLinks])
}
