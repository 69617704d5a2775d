import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fillRoutineUrl } from "../../../lib/storefront-url"
import { pluginOptions } from "../../../plugin-options"

/**
 * The country a "View in store" link opens the routine in: the first of the
 * store's default region, else of its first region.
 */
const storeCountry = async (scope: MedusaContainer): Promise<string | null> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["default_region_id"] })
  const defaultRegionId = stores[0]?.default_region_id
  const { data: regions } = await query.graph({
    entity: "region",
    fields: ["id", "countries.iso_2"],
    filters: defaultRegionId ? { id: defaultRegionId } : {},
    pagination: { order: { created_at: "ASC" }, take: 1 },
  })
  return regions[0]?.countries?.[0]?.iso_2 ?? null
}

/** The routine's storefront page, or null when the plugin's `storefront_routine_url` is unset. */
export const storefrontUrl = async (scope: MedusaContainer, handle: string): Promise<string | null> => {
  const template = pluginOptions().storefront_routine_url
  if (!template) return null
  const country_code = template.includes("{country_code}") ? await storeCountry(scope) : null
  return fillRoutineUrl(template, { handle, country_code })
}
