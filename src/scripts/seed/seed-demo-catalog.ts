import type { MedusaContainer } from "@medusajs/framework/types"
import { loadCatalog, type Catalog } from "./catalog"
import {
  seedShipping,
  seedShippingProfile,
  seedStockLocation,
} from "./fulfillment"
import { seedProducts, seedStockLevels } from "./products"
import { seedRoutine, seedRoutineLinks, seedSymptoms } from "./routine"
import { seedTranslations } from "./translations"
import {
  seedPublishableKey,
  seedRegions,
  seedSalesChannel,
  seedStoreSettings,
  seedTaxRegions,
} from "./store"

/**
 * Everything a shopper needs to buy the demo routine: store, channel, key,
 * regions, taxes, stock, shipping, products, the routine itself and its
 * texts in Estonian. Every
 * part looks for what exists first, so a second run changes nothing.
 */
export const seedDemoCatalog = async (
  container: MedusaContainer,
  catalog: Catalog = loadCatalog()
) => {
  const salesChannel = await seedSalesChannel(container)
  const publishableKey = await seedPublishableKey(container, salesChannel.id)
  await seedStoreSettings(container, salesChannel.id)
  const regions = await seedRegions(container)
  await seedTaxRegions(container)

  const stockLocation = await seedStockLocation(container, salesChannel.id)
  const shippingProfile = await seedShippingProfile(container)
  await seedShipping(container, stockLocation.id, shippingProfile.id, regions)

  const products = await seedProducts(
    container,
    catalog,
    salesChannel.id,
    shippingProfile.id
  )
  await seedStockLevels(container, catalog, stockLocation.id)

  const symptoms = await seedSymptoms(container, catalog)
  const routine = await seedRoutine(container, catalog)
  await seedRoutineLinks(container, catalog, routine.steps, symptoms, products)
  await seedTranslations(container, catalog, { routine, symptoms, products })

  return {
    salesChannel,
    publishableKey,
    regions,
    stockLocation,
    shippingProfile,
    products,
    symptoms,
    routine,
  }
}
