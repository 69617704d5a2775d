import type { MedusaContainer } from "@medusajs/framework/types"
import { cartGroupsCount } from "../../lib/routine-availability"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  CART_PRICING_FIELDS,
  cartPricingContext,
  customerGroupIdsOf,
  pricingFingerprint,
  regionPricingContext,
  type PricingCart,
  type PricingContext,
} from "./pricing-context"
import { findPricingRegion } from "./read-routine-graph"

/** Where and for whom a bundle is priced. */
export type BundleContext = {
  region_id: string
  currency_code: string
  /** Decimal digits of the currency, from Medusa's currency data. */
  precision: number
  sales_channel_id: string
  pricing: PricingContext
  /**
   * The customer groups routines sold to some groups only are sold to here:
   * the signed-in customer's. Not the cart's customer's as such: core's
   * POST /store/carts makes a guest's cart the customer's whose email it
   * names, so a cart's customer's groups count only when that customer is
   * the one signed in.
   */
  customer_group_ids: string[]
  /** See pricingFingerprint: a bundle priced under another one is re-priced. */
  fingerprint: string
}

export type BundleContextInput = {
  region_id?: string
  cart_id?: string
  /**
   * The signed-in customer: without a cart, whose groups' prices apply;
   * with one, whose groups count for availability only if the cart is theirs.
   */
  customer_id?: string
  sales_channel_id?: string
}

type Query = MedusaContainer

export const CART_CONTEXT_FIELDS = [...CART_PRICING_FIELDS, "customer_id", "completed_at"]

const cartOf = async (container: Query, cartId: string) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: CART_CONTEXT_FIELDS,
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  return cart as PricingCart & { completed_at: Date | null }
}

const customerOf = async (container: Query, customerId: string) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [customer] } = await query.graph({
    entity: "customer",
    fields: ["id", "groups.id"],
    filters: { id: customerId },
  })
  return customer
    ? { id: customer.id as string, groups: ((customer.groups ?? []) as { id: string }[]).filter(Boolean) }
    : null
}

/** The store's default sales channel: where a request without a channel of its own sells. */
export const defaultSalesChannelId = async (container: Query) => {
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { select: ["default_sales_channel_id"] })
  if (!store?.default_sales_channel_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "sales_channel_id: no sales channel given and the store has no default one"
    )
  }
  return store.default_sales_channel_id
}

// A currency's decimal digits are ISO data that never change: read once per process.
const precisions = new Map<string, number>()

export const precisionOf = async (container: Query, currencyCode: string) => {
  const known = precisions.get(currencyCode)
  if (known !== undefined) {
    return known
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [currency] } = await query.graph({
    entity: "currency",
    fields: ["code", "decimal_digits"],
    filters: { code: currencyCode },
  })
  if (!currency) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Currency ${currencyCode} is unknown to Medusa`
    )
  }
  precisions.set(currencyCode, currency.decimal_digits as number)
  return currency.decimal_digits as number
}

/**
 * The context of a cart as it is now: what its own lines are priced with.
 * `signedInCustomerId` is the request's signed-in customer (none: a guest
 * or no request), whose groups count for availability if the cart is theirs.
 */
export const contextOfCart = async (
  container: Query,
  cart: PricingCart,
  signedInCustomerId?: string
): Promise<BundleContext> => {
  if (!cart.region_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cart ${cart.id} has no region, so the routine cannot be priced`
    )
  }
  const pricing = cartPricingContext(cart)
  return {
    region_id: cart.region_id,
    currency_code: cart.currency_code,
    precision: await precisionOf(container, cart.currency_code),
    sales_channel_id: cart.sales_channel_id ?? (await defaultSalesChannelId(container)),
    pricing,
    customer_group_ids: cartGroupsCount(cart.customer?.id, signedInCustomerId) ? customerGroupIdsOf(pricing) : [],
    fingerprint: pricingFingerprint(pricing),
  }
}

/**
 * A cart brings its region, currency, sales channel, address and customer
 * with the customer's groups; otherwise the region is given, the customer is
 * the logged-in one, and the sales channel comes from the caller (the
 * publishable key) or the store's default channel.
 */
export const resolveBundleContext = async (
  container: Query,
  input: BundleContextInput
): Promise<BundleContext> => {
  if (input.cart_id) {
    const cart = await cartOf(container, input.cart_id)
    const context = await contextOfCart(container, cart, input.customer_id)
    return input.sales_channel_id ? { ...context, sales_channel_id: input.sales_channel_id } : context
  }
  if (!input.region_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "region_id: a region or a cart is required to price a routine"
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region, customer, salesChannelId] = await Promise.all([
    findPricingRegion(query, input.region_id),
    input.customer_id ? customerOf(container, input.customer_id) : null,
    input.sales_channel_id ?? defaultSalesChannelId(container),
  ])
  const pricing = regionPricingContext(region, customer)
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    precision: await precisionOf(container, region.currency_code),
    sales_channel_id: salesChannelId,
    pricing,
    customer_group_ids: customer?.groups.map((g) => g.id) ?? [],
    fingerprint: pricingFingerprint(pricing),
  }
}
