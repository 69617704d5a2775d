import {
  ContainerRegistrationKeys,
  ProductStatus,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Catalog } from "./catalog"
import { catalogPrices } from "./prices"

const productSku = (handle: string) => handle.toUpperCase()

export const seedProducts = async (
  container: MedusaContainer,
  catalog: Catalog,
  salesChannelId: string,
  shippingProfileId: string
) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const handles = catalog.products.map((p) => p.handle)
  const { data: existing } = await query.graph({
    entity: "product",
    fields: ["handle"],
    filters: { handle: handles },
  })
  const missing = catalog.products.filter(
    (p) => !existing.some((e) => e.handle === p.handle)
  )
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.notes,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: shippingProfileId,
          options: [{ title: "Format", values: ["Standard"] }],
          variants: [
            {
              title: "Standard",
              sku: productSku(p.handle),
              options: { Format: "Standard" },
              manage_inventory: true,
              prices: catalogPrices(catalog, p),
            },
          ],
          sales_channels: [{ id: salesChannelId }],
        })),
      },
    })
  }
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "variants.id", "variants.sku"],
    filters: { handle: handles },
  })
  return products
}

export const seedStockLevels = async (
  container: MedusaContainer,
  catalog: Catalog,
  stockLocationId: string
) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const skus = catalog.products.map((p) => productSku(p.handle))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: skus },
  })
  const missing = items.filter(
    (item) =>
      !item.location_levels?.some((l) => l?.location_id === stockLocationId)
  )
  if (!missing.length) {
    return
  }
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((item) => ({
        inventory_item_id: item.id,
        location_id: stockLocationId,
        stocked_quantity: catalog.products.find(
          (p) => productSku(p.handle) === item.sku
        )!.stock,
      })),
    },
  })
}
