import type { Catalog, CatalogProduct } from "./catalog"

/**
 * The catalog prices in EUR only. USD prices are derived at a fixed demo rate
 * and rounded half-up to the cent, in integer cents so no float drift creeps in.
 */
export const USD_PER_EUR_PERCENT = 110

const toMajor = (cents: number) => cents / 100

export const catalogPrices = (catalog: Catalog, product: CatalogProduct) => {
  if (catalog.currency_code !== "eur") {
    throw new Error(
      `The demo catalog must be priced in EUR, got ${catalog.currency_code}`
    )
  }
  const usdCents = Math.round((product.price * USD_PER_EUR_PERCENT) / 100)
  return [
    { currency_code: "eur", amount: toMajor(product.price) },
    { currency_code: "usd", amount: toMajor(usdCents) },
  ]
}
