import type {
  DiscountTier,
  DiscountType,
  PromotionPolicy,
  RoutineCalculatedPrice,
  RoutineStatus,
} from "../../types"
import type { RoutineAvailabilityFields } from "../../lib/routine-availability"

/*
 * A routine as the store reads it (see read-routine-graph.ts) and the pure
 * rules over it: where a product is sold, whether a variant is priced and in
 * stock, in what order the steps come.
 */
export type GraphCalculatedPrice = RoutineCalculatedPrice & {
  raw_calculated_amount?: { value: string } | null
  raw_original_amount?: { value: string } | null
}

export type GraphVariant = {
  id: string
  title: string | null
  sku: string | null
  manage_inventory: boolean
  allow_backorder: boolean
  options?: ({ value: string; option?: { title: string } | null } | null)[] | null
  calculated_price?: GraphCalculatedPrice | null
}

export type GraphProduct = {
  id: string
  title: string
  subtitle?: string | null
  handle: string
  thumbnail: string | null
  status: string
  discountable?: boolean | null
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

/**
 * With its schedule and the channels and groups it is sold to
 * (routine-availability.ts); the dates as its JSON carries them.
 */
export type RoutineGraph = RoutineAvailabilityFields & {
  starts_at: string | null
  ends_at: string | null
  id: string
  handle: string
  title: string
  description: string | null
  status: RoutineStatus
  discount_type: DiscountType
  discount_value: number
  discount_amounts: { currency_code: string; amount: number }[]
  discount_tiers: DiscountTier[]
  min_steps: number | null
  promotion_policy: PromotionPolicy | null
  offer_version: number
  /** The subscription offer (RoutineSubscriptionSettings); intervals null when none were set. */
  subscriptions_enabled: boolean
  subscription_interval_weeks: number[] | null
  subscription_discount_percentage: number
  steps: GraphStep[]
}

/** variant id → units sellable in the sales channel; null when the variant has no inventory items. */
export type VariantAvailability = Record<string, number | null>

export type RoutineGraphRead = {
  routine: RoutineGraph
  availability: VariantAvailability
}

export const candidateVariantIds = (routine: RoutineGraph) => [
  ...new Set(
    routine.steps.flatMap((step) =>
      (step.products ?? []).flatMap((p) => (p?.variants ?? []).map((v) => v.id))
    )
  ),
]

export const isInSalesChannel = (product: GraphProduct, salesChannelIds: string[]) =>
  (product.sales_channels ?? []).some((sc) => sc && salesChannelIds.includes(sc.id))

/** What a storefront in these channels may offer: a published product sold in one of them. */
export const isOfferedIn = (product: GraphProduct, salesChannelIds: string[]) =>
  product.status === "published" && isInSalesChannel(product, salesChannelIds)

export const isPricedIn = (variant: GraphVariant, currencyCode: string) =>
  variant.calculated_price?.calculated_amount != null &&
  variant.calculated_price.currency_code === currencyCode

/** The exact regular price Medusa calculated, as a decimal string. */
export const regularPrice = (price: GraphCalculatedPrice) =>
  String(price.raw_calculated_amount?.value ?? price.calculated_amount)

/**
 * What a line at this price shows as its price before reductions: the
 * original price for a sale price list, as core's cart lines do, else the
 * price itself.
 */
export const compareAtPrice = (price: GraphCalculatedPrice) =>
  price.calculated_price?.price_list_type === "sale" && price.original_amount != null
    ? String(price.raw_original_amount?.value ?? price.original_amount)
    : regularPrice(price)

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

/** `{ "Size": "50 ml" }` from a variant's option values. */
export const variantOptions = (variant: GraphVariant): Record<string, string> =>
  Object.fromEntries(
    (variant.options ?? []).flatMap((o) => (o?.option?.title ? [[o.option.title, o.value]] : []))
  )

export const sortSteps = <T extends { position: number }>(steps: T[]) =>
  [...steps].sort((a, b) => a.position - b.position)
