import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

export const SALES_CHANNEL_NAME = "Default Sales Channel"
export const PUBLISHABLE_KEY_TITLE = "Routine Storefront"

export const DEMO_REGIONS = [
  {
    name: "Europe",
    currency_code: "eur",
    countries: ["de", "fr", "it", "es", "nl", "dk", "se", "at", "be", "ie"],
  },
  { name: "United States", currency_code: "usd", countries: ["us"] },
]

export const seedSalesChannel = async (container: MedusaContainer) => {
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannelService.listSalesChannels({
    name: SALES_CHANNEL_NAME,
  })
  if (existing) {
    return existing
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
  })
  return result[0]
}

export const seedPublishableKey = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const apiKeyService = container.resolve(Modules.API_KEY)
  const keys = await apiKeyService.listApiKeys({
    title: PUBLISHABLE_KEY_TITLE,
    type: "publishable",
  })
  let key = keys.find((k) => !k.revoked_at)
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [
          { title: PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" },
        ],
      },
    })
    key = result[0]
  }
  // Linking an already linked channel is a no-op, so this stays idempotent.
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: key.id, add: [salesChannelId] },
  })
  return key
}

export const seedStoreSettings = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const storeService = container.resolve(Modules.STORE)
  const [store] = await storeService.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Barrier Skincare",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

export const seedRegions = async (container: MedusaContainer) => {
  const regionService = container.resolve(Modules.REGION)
  const names = DEMO_REGIONS.map((r) => r.name)
  const existing = await regionService.listRegions({ name: { $in: names } })
  const missing = DEMO_REGIONS.filter(
    (r) => !existing.some((e) => e.name === r.name)
  )
  if (missing.length) {
    await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((r) => ({
          ...r,
          payment_providers: ["pp_system_default"],
        })),
      },
    })
  }
  return regionService.listRegions({ name: { $in: names } })
}

export const seedTaxRegions = async (container: MedusaContainer) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const countries = DEMO_REGIONS.flatMap((r) => r.countries)
  const { data: existing } = await query.graph({
    entity: "tax_region",
    fields: ["country_code"],
    filters: { country_code: countries, parent_id: null },
  })
  const missing = countries.filter(
    (c) => !existing.some((t) => t.country_code === c)
  )
  if (missing.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missing.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
      })),
    })
  }
}
