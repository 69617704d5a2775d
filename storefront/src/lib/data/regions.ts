import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { sdk } from "../config"

/** The regions the store sells in, by name, with their countries (once per request). */
export const listRegions = cache(async (): Promise<HttpTypes.StoreRegion[]> => {
  const { regions } = await (await sdk()).store.region.list({ fields: "id,name,currency_code,*countries", order: "name" })
  return regions
})

/** The region that sells to a country (the country code of the URL), or null; as dtc-starter's getRegion(countryCode). */
export const getRegion = cache(async (countryCode: string): Promise<HttpTypes.StoreRegion | null> => {
  const regions = await listRegions()
  return regions.find((region) => region.countries?.some((country) => country.iso_2 === countryCode)) ?? null
})

/** The country a region's links use when the shopper switches to it: its first by code, so it never changes. */
export const regionCountry = (region: HttpTypes.StoreRegion) =>
  (region.countries ?? []).map((country) => country.iso_2 ?? "").filter(Boolean).sort()[0]
