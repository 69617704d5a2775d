import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getRegion } from "./regions"

/** A product by handle, priced in the region of the shopper's country, with its stock (once per request). */
export const getProduct = cache(async (countryCode: string, handle: string): Promise<HttpTypes.StoreProduct | null> => {
  const region = await getRegion(countryCode)
  if (!region) return null
  const { products } = await (await sdk()).store.product.list({
    handle,
    region_id: region.id,
    fields: "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder",
    limit: 1,
  })
  return products[0] ?? null
})
