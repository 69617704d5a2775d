import { readFileSync } from "fs"
import path from "path"
import type { DiscountTier, DiscountType } from "../../types"

/** Texts in other languages: locale (BCP 47, e.g. `et-EE`) → field → text; a field left out reads the default. */
export type CatalogTranslations = Record<string, Record<string, string>>

export type CatalogProduct = {
  handle: string
  title: string
  step: string
  default_for_step?: boolean
  /** Minor units (cents) of the catalog's currency. */
  price: number
  stock: number
  symptoms: string[]
  notes?: string
  translations?: CatalogTranslations
}

export type Catalog = {
  currency_code: string
  routine: {
    handle: string
    title: string
    summary: string
    /** The routine's image: a path the demo storefront serves (storefront/public). */
    image?: string
    seo_title?: string
    seo_description?: string
    discount: { type: DiscountType; value: number; tiers?: DiscountTier[] }
    /** Shoppers may leave out any step they own, keeping at least this many. */
    min_steps?: number
    /** Of `title`, `description` (the summary), `seo_title`, `seo_description`. */
    translations?: CatalogTranslations
    steps: {
      position: number
      handle: string
      title: string
      guidance: string
      /** A step the shopper may leave out. */
      optional?: boolean
      translations?: CatalogTranslations
    }[]
  }
  symptoms: { handle: string; name: string; description: string; translations?: CatalogTranslations }[]
  products: CatalogProduct[]
}

export const DEFAULT_CATALOG_PATH = path.resolve(
  process.cwd(),
  "data/barrier-routine.json"
)

export const loadCatalog = (
  file = process.env.ROUTINE_CATALOG || DEFAULT_CATALOG_PATH
): Catalog => JSON.parse(readFileSync(file, "utf8"))
