import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"
import { getRegionId } from "./cookies"

/** The regions the store sells in, by name, with their countries (once per request). */
export const listRegions = cache(async (): Promise<HttpTypes.StoreRegion[]> => {
  const { regions } = await sdk().store.region.list({ fields: "id,name,currency_code,*countries", order: "name" })
  return regions
})

/**
 * The shopper's region: the one they chose in the header, else the first by
 * name (Medusa lists regions in no set order, and a shopper's first page
 * should not change currency from one visit to the next). A cart, once made,
 * follows this choice (see switchRegion).
 */
export const getCurrentRegion = cache(async () => {
  const [regions, chosen] = await Promise.all([listRegions(), getRegionId()])
  const region = regions.find((r) => r.id === chosen) ?? regions[0]
  if (!region) {
    throw new Error("The store has no region: create one in the Medusa admin")
  }
  return region
})
