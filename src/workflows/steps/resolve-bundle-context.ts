import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findPricingRegion } from "../utils/routine-graph"

export type ResolveBundleContextInput = {
  region_id?: string
  cart_id?: string
  sales_channel_id?: string
}

export type BundleContext = {
  region_id: string
  currency_code: string
  /** Decimal digits of the currency, from Medusa's currency data. */
  precision: number
  sales_channel_id: string
  customer_id: string | null
}

type Place = Omit<BundleContext, "precision" | "sales_channel_id"> & {
  sales_channel_id: string | null
}

const placeOfCart = async (container: MedusaContainer, cartId: string): Promise<Place> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({
    entity: "cart",
    fields: ["id", "region_id", "currency_code", "sales_channel_id", "customer_id"],
    filters: { id: cartId },
  })
  if (!cart) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  if (!cart.region_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Cart ${cart.id} has no region, so the routine cannot be priced`
    )
  }
  return {
    region_id: cart.region_id,
    currency_code: cart.currency_code,
    sales_channel_id: cart.sales_channel_id ?? null,
    customer_id: cart.customer_id ?? null,
  }
}

const placeOfRegion = async (container: MedusaContainer, regionId?: string): Promise<Place> => {
  if (!regionId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "region_id: a region or a cart is required to price a routine"
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const region = await findPricingRegion(query, regionId)
  return {
    region_id: region.id,
    currency_code: region.currency_code,
    sales_channel_id: null,
    customer_id: null,
  }
}

const defaultSalesChannelId = async (container: MedusaContainer) => {
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

/**
 * Where the bundle is sold: a cart brings its region, currency, sales channel
 * and customer; otherwise the region is given and the sales channel comes from
 * the caller (the publishable key) or the store's default channel.
 */
export const resolveBundleContextStep = createStep(
  "resolve-bundle-context",
  async (input: ResolveBundleContextInput, { container }) => {
    const place = input.cart_id
      ? await placeOfCart(container, input.cart_id)
      : await placeOfRegion(container, input.region_id)
    const salesChannelId =
      input.sales_channel_id ??
      place.sales_channel_id ??
      (await defaultSalesChannelId(container))

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: [currency] } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code: place.currency_code },
    })
    if (!currency) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Currency ${place.currency_code} is unknown to Medusa`
      )
    }
    return new StepResponse<BundleContext>({
      ...place,
      sales_channel_id: salesChannelId,
      precision: currency.decimal_digits,
    })
  }
)
