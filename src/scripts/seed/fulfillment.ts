import {
  ContainerRegistrationKeys,
  Modules,
} from "@medusajs/framework/utils"
import type { MedusaContainer, RegionDTO } from "@medusajs/framework/types"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_REGIONS } from "./store"

export const STOCK_LOCATION_NAME = "Barrier Warehouse"
const FULFILLMENT_SET_NAME = "Barrier Warehouse delivery"
const SHIPPING_PRICE = 4.9

export const seedStockLocation = async (
  container: MedusaContainer,
  salesChannelId: string
) => {
  const stockLocationService = container.resolve(Modules.STOCK_LOCATION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let [location] = await stockLocationService.listStockLocations({
    name: STOCK_LOCATION_NAME,
  })
  if (!location) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: { city: "Copenhagen", country_code: "DK", address_1: "" },
          },
        ],
      },
    })
    location = result[0]
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    })
  }
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location
}

export const seedShippingProfile = async (container: MedusaContainer) => {
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillmentService.listShippingProfiles({
    type: "default",
  })
  if (profile) {
    return profile
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0]
}

export const seedShipping = async (
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string,
  regions: RegionDTO[]
) => {
  const fulfillmentService = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await fulfillmentService.listFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
  })
  if (existing) {
    return
  }
  const fulfillmentSet = await fulfillmentService.createFulfillmentSets({
    name: FULFILLMENT_SET_NAME,
    type: "shipping",
    service_zones: DEMO_REGIONS.map((r) => ({
      name: r.name,
      geo_zones: r.countries.map((country_code) => ({
        country_code,
        type: "country" as const,
      })),
    })),
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: fulfillmentSet.service_zones.map((zone) => {
      const region = regions.find((r) => r.name === zone.name)!
      return {
        name: `Standard Shipping (${zone.name})`,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zone.id,
        shipping_profile_id: shippingProfileId,
        type: {
          label: "Standard",
          description: "Ships in 2-3 days.",
          code: "standard",
        },
        prices: [
          { currency_code: region.currency_code, amount: SHIPPING_PRICE },
          { region_id: region.id, amount: SHIPPING_PRICE },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      }
    }),
  })
}
