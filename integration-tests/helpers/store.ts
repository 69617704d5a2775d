import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoCatalog } from "../../src/scripts/seed/seed-demo-catalog"

/**
 * Seeds the demo catalog (the same code as `npm run seed`) and returns it
 * with the headers a storefront sends.
 */
export const seedStore = async (container: MedusaContainer) => {
  const seeded = await seedDemoCatalog(container)
  return {
    ...seeded,
    storeHeaders: {
      headers: { "x-publishable-api-key": seeded.publishableKey.token },
    },
  }
}
