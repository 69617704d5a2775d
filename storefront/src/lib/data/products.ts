import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getCurrentRegion } from "./regions"

/** A product by handle, priced in the shopper's region, with its stock (once per request). */
export const getProduct = cache(async (handle: string): Promise<HttpTypes.StoreProduct | null> => {
  const region = await getCurrentRegion()
  const { products } = await sdk().store.product.list({
    handle,
    region_id: region.id,
    fields: "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
    limit: 1,
  })
  return products[0] ?? null
})
