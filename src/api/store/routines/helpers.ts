import type { MedusaStoreRequest } from "@medusajs/framework/http"
import type { StoreRoutine } from "../../../types"
import type { BundleContextInput } from "../../../workflows/utils/bundle-context"
import {
  isOfferedIn,
  sortSteps,
  type GraphStep,
  type RoutineGraph,
  type VariantAvailability,
} from "../../../workflows/utils/routine-graph"
import { scheduleJson } from "../../../lib/routine-schedule"
import { offeredIntervals } from "../../../workflows/utils/bundle-terms"
import { routineSellability, type SellabilityPlace } from "./sellability"

const toStoreProducts = (
  { products, product_link }: Pick<GraphStep, "products" | "product_link">,
  salesChannelId: string,
  availability: VariantAvailability
) =>
  (products ?? [])
    .filter((p) => p && isOfferedIn(p, [salesChannelId]))
    .map(({ status: _status, sales_channels: _channels, variants, ...product }) => {
      const link = product_link?.find((l) => l?.product_id === product.id)
      return {
        ...product,
        is_default: !!link?.is_default,
        rank: link?.rank ?? 0,
        symptoms: (product.symptoms ?? []).filter(Boolean),
        variants: (variants ?? []).map((variant) => ({
          ...variant,
          // As core's store product API: units sellable in the channel, null
          // when the stock is not tracked.
          inventory_quantity: variant.manage_inventory ? (availability[variant.id] ?? null) : null,
        })),
      }
    })
    .sort((a, b) => a.rank - b.rank)

/**
 * A routine as a storefront sees it in one sales channel and currency: steps
 * in order, products by rank, and whether it can be bought there.
 */
export const toStoreRoutine = (
  graph: RoutineGraph,
  place: SellabilityPlace,
  availability: VariantAvailability
): StoreRoutine => {
  // Whom the merchant sells it to is theirs to know: the store only hides a routine not offered.
  const { status: _status, sales_channels: _channels, customer_groups: _groups, steps, ...routine } = graph
  return {
    ...routine,
    // What a shopper may subscribe at: the intervals only while subscriptions are on.
    subscriptions_enabled: graph.subscriptions_enabled,
    subscription_interval_weeks: offeredIntervals(graph),
    subscription_discount_percentage: Number(graph.subscription_discount_percentage ?? 0),
    ...scheduleJson(graph),
    ...routineSellability(graph, place, availability),
    steps: sortSteps(steps.filter(Boolean)).map(({ products, product_link, ...step }) => ({
      ...step,
      products: toStoreProducts({ products, product_link }, place.sales_channel_id, availability),
    })),
  }
}

/** The logged-in customer of a store request, whose groups' prices apply. */
export const storeCustomerId = (req: MedusaStoreRequest) =>
  req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : undefined

/** Where a store request prices a routine: a cart, or a region for the logged-in customer. */
export const storePricingPlace = (
  req: MedusaStoreRequest,
  place: { region_id?: string; cart_id?: string },
  salesChannelId: string
): BundleContextInput => ({
  region_id: place.region_id,
  cart_id: place.cart_id,
  customer_id: storeCustomerId(req),
  sales_channel_id: salesChannelId,
})
