import { filterObjectByKeys } from "@medusajs/framework/utils"

/**
 * The cart fields Medusa's own cart workflows price lines with (core's
 * `cartFieldsForPricingContext`, which core-flows does not export): region,
 * currency, sales channel, shipping address, customer and the customer's
 * groups, totals and locale. A bundle priced with the same context costs what
 * the same items cost the same shopper one by one: customer-group price lists,
 * sales and rules on any of these attributes included.
 */
export const CART_PRICING_FIELDS = [
  "id",
  "sales_channel_id",
  "currency_code",
  "region_id",
  "shipping_address.city",
  "shipping_address.country_code",
  "shipping_address.province",
  "shipping_address.postal_code",
  "item_total",
  "total",
  "locale",
  "customer.id",
  "email",
  "customer.groups.id",
]

/** The cart as the pricing reads it. */
export type PricingCart = {
  id: string
  region_id: string | null
  currency_code: string
  sales_channel_id: string | null
  customer_id: string | null
  customer?: { id: string; groups?: ({ id: string } | null)[] | null } | null
  [field: string]: unknown
}

export type PricingContext = Record<string, unknown> & {
  region_id: string
  currency_code: string
}

/** The context core's updateLineItemInCartWorkflow prices a line with, for `quantity` units. */
export const cartPricingContext = (cart: PricingCart): PricingContext => ({
  ...filterObjectByKeys(cart, CART_PRICING_FIELDS),
  customer: cart.customer,
  customer_id: cart.customer_id,
  currency_code: cart.currency_code,
  region_id: cart.region_id!,
})

/**
 * A context without a cart, as core's store product routes build it: the
 * region, its currency and the logged-in customer's groups.
 */
export const regionPricingContext = (
  region: { id: string; currency_code: string },
  customer?: { id: string; groups: { id: string }[] } | null
): PricingContext => ({
  region_id: region.id,
  currency_code: region.currency_code,
  ...(customer && { customer_id: customer.id, customer: { id: customer.id, groups: customer.groups } }),
})

/** The customer groups a context prices for: routines sold to some groups only are sold to these. */
export const customerGroupIdsOf = (context: PricingContext) =>
  ((context.customer as PricingCart["customer"])?.groups ?? []).flatMap((g) => (g ? [g.id] : []))

/**
 * What a bundle's price depends on besides the catalogue: a bundle priced
 * under one fingerprint is re-priced when the cart's differs. The totals are
 * left out: they change with every line and price rules on them are rare.
 */
export const pricingFingerprint = (context: PricingContext) => {
  const customer = context.customer as PricingCart["customer"]
  const address = (context.shipping_address ?? {}) as Record<string, unknown>
  return JSON.stringify([
    context.region_id,
    context.currency_code,
    context.sales_channel_id ?? null,
    customer?.id ?? null,
    customerGroupIdsOf(context).sort(),
    ["city", "country_code", "province", "postal_code"].map((k) => address[k] ?? null),
    context.locale ?? null,
  ])
}
