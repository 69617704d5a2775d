import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"

/**
 * Everything a bundle is built from, read in ONE query.graph call: the steps,
 * their candidate products with the link rows (is_default, rank), the
 * products' symptoms and sales channels, and each variant's price in the
 * shopper's region. The number of SQL statements does not grow with the
 * number of steps or products.
 */
export const ROUTINE_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "discount_type",
  "discount_value",
  "discount_amounts.currency_code",
  "discount_amounts.amount",
  "steps.id",
  "steps.handle",
  "steps.title",
  "steps.guidance",
  "steps.position",
  "steps.optional",
  "steps.product_link.product_id",
  "steps.product_link.is_default",
  "steps.product_link.rank",
  "steps.products.id",
  "steps.products.title",
  "steps.products.handle",
  "steps.products.thumbnail",
  "steps.products.status",
  "steps.products.sales_channels.id",
  "steps.products.symptoms.id",
  "steps.products.symptoms.handle",
  "steps.products.symptoms.name",
  "steps.products.variants.id",
  "steps.products.variants.title",
  "steps.products.variants.sku",
  "steps.products.variants.manage_inventory",
  "steps.products.variants.allow_backorder",
  "steps.products.variants.calculated_price.*",
]

export type PricingContext = {
  region_id: string
  currency_code: string
  customer_id?: string | null
}

type Query = Omit<RemoteQueryFunction, symbol>

/** The region a shopper asked prices for; an unknown one is a 400 on `region_id`. */
export const findPricingRegion = async (query: Query, regionId: string) => {
  const { data: [region] } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region_id: region "${regionId}" does not exist`
    )
  }
  return region
}

/** The calculated price of every candidate variant, in the region's currency. */
export const routineGraphContext = (pricing: PricingContext) => ({
  steps: {
    products: {
      variants: { calculated_price: QueryContext(pricing) },
    },
  },
})

/** `:id` may be the routine's id or its handle. */
export const routineFilters = (idOrHandle: string, includeDrafts: boolean) => ({
  $or: [{ id: idOrHandle }, { handle: idOrHandle }],
  ...(includeDrafts ? {} : { status: "published" as const }),
})

export type GraphCalculatedPrice = {
  calculated_amount: number | null
  raw_calculated_amount?: { value: string } | null
  currency_code: string | null
  is_calculated_price_tax_inclusive: boolean
}

export type GraphVariant = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  calculated_price?: GraphCalculatedPrice | null
}

export type GraphProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  sales_channels: { id: string }[]
  symptoms: { id: string; handle: string; name: string }[]
  variants: GraphVariant[]
}

export type GraphStep = {
  id: string
  handle: string
  title: string
  guidance: string | null
  position: number
  optional: boolean
  product_link: { product_id: string; is_default: boolean; rank: number }[]
  products: GraphProduct[]
}

export type RoutineGraph = {
  id: string
  handle: string
  title: string
  description: string | null
  status: "draft" | "published"
  discount_type: "percentage" | "fixed"
  discount_value: number
  discount_amounts: { currency_code: string; amount: number }[]
  steps: GraphStep[]
}

/** variant id → units sellable in the sales channel; null when the variant has no inventory items. */
export type VariantAvailability = Record<string, number | null>

export const candidateVariantIds = (routine: RoutineGraph) => [
  ...new Set(
    routine.steps.flatMap((step) =>
      (step.products ?? []).flatMap((p) => (p?.variants ?? []).map((v) => v.id))
    )
  ),
]

/** Medusa's availability of the variants in one sales channel, by variant id. */
export const variantAvailability = async (
  query: Query,
  variantIds: string[],
  salesChannelId: string
): Promise<VariantAvailability> => {
  if (!variantIds.length) {
    return {}
  }
  const computed = await getVariantAvailability(query, {
    variant_ids: variantIds,
    sales_channel_id: salesChannelId,
  })
  return Object.fromEntries(
    Object.entries(computed).map(([id, { availability }]) => [id, availability])
  )
}

export const isInSalesChannel = (product: GraphProduct, salesChannelIds: string[]) =>
  (product.sales_channels ?? []).some((sc) => sc && salesChannelIds.includes(sc.id))

export const isPricedIn = (variant: GraphVariant, currencyCode: string) =>
  variant.calculated_price?.calculated_amount != null &&
  variant.calculated_price.currency_code === currencyCode

/**
 * Medusa's availability ignores backorders and is null without inventory
 * items, so both are treated here as "can be sold in any quantity".
 */
export const isAvailable = (
  variant: GraphVariant,
  availability: VariantAvailability,
  quantity: number
) => {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  const units = availability[variant.id]
  return units === null || (units ?? 0) >= quantity
}

export const sortSteps = <T extends { position: number }>(steps: T[]) =>
  [...steps].sort((a, b) => a.position - b.position)
