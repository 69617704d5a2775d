import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import type { BundleContext } from "./bundle-context"
import { compareAtPrice, regularPrice, type GraphCalculatedPrice } from "./routine-graph"

/** What a variant costs this shopper alone, for some number of units, and whether it can be sold at all. */
export type VariantOffer = {
  variant_id: string
  /** Published, in the cart's sales channel, priced in its currency. */
  sellable: boolean
  /** The regular unit price, exact; null when not priced in the currency. */
  unit_price: string | null
  /** What core shows struck through for it alone (a sale's original price), else unit_price. */
  compare_at_unit_price: string | null
  is_tax_inclusive: boolean
  /** Whether promotions may apply to it (the product's `discountable`). */
  discountable: boolean
}

export type OfferRequest = { variant_id: string; quantity: number }

export const offerKey = ({ variant_id, quantity }: OfferRequest) => `${variant_id}×${quantity}`

type VariantRow = {
  id: string
  product?: { status: string; discountable?: boolean | null; sales_channels?: ({ id: string } | null)[] | null } | null
  calculated_price?: GraphCalculatedPrice | null
}

/**
 * The regular prices of variants in a cart's context, one read per distinct
 * quantity (prices can depend on it). A deleted variant is not sellable.
 */
export const readVariantOffers = async (
  query: Omit<RemoteQueryFunction, symbol>,
  requests: OfferRequest[],
  context: BundleContext
): Promise<Record<string, VariantOffer>> => {
  const byQuantity = new Map<number, Set<string>>()
  for (const r of requests) {
    byQuantity.set(r.quantity, (byQuantity.get(r.quantity) ?? new Set()).add(r.variant_id))
  }
  const offers: Record<string, VariantOffer> = {}
  await Promise.all(
    [...byQuantity].map(async ([quantity, ids]) => {
      const { data } = await query.graph({
        entity: "variant",
        fields: ["id", "product.status", "product.discountable", "product.sales_channels.id", "calculated_price.*"],
        filters: { id: [...ids] },
        context: { calculated_price: QueryContext({ ...context.pricing, quantity }) },
      })
      const rows = data as VariantRow[]
      for (const variant_id of ids) {
        const row = rows.find((v) => v.id === variant_id)
        const price = row?.calculated_price
        const priced =
          price?.calculated_amount != null && price.currency_code === context.currency_code
        const inChannel = (row?.product?.sales_channels ?? []).some(
          (sc) => sc?.id === context.sales_channel_id
        )
        offers[offerKey({ variant_id, quantity })] = {
          variant_id,
          sellable: !!row && row.product?.status === "published" && inChannel && priced,
          unit_price: priced ? regularPrice(price!) : null,
          compare_at_unit_price: priced ? compareAtPrice(price!) : null,
          is_tax_inclusive: !!price?.is_calculated_price_tax_inclusive,
          discountable: row?.product?.discountable !== false,
        }
      }
    })
  )
  return offers
}
