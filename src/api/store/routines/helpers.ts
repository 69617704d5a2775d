import {
  isInSalesChannel,
  sortSteps,
  type GraphStep,
  type RoutineGraph,
  type VariantAvailability,
} from "../../../workflows/utils/routine-graph"

const toStoreProducts = (
  { products, product_link }: Pick<GraphStep, "products" | "product_link">,
  salesChannelId: string,
  availability: VariantAvailability
) =>
  (products ?? [])
    .filter(
      (p) => p && p.status === "published" && isInSalesChannel(p, [salesChannelId])
    )
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
          inventory_quantity: variant.manage_inventory
            ? (availability[variant.id] ?? null)
            : null,
        })),
      }
    })
    .sort((a, b) => a.rank - b.rank)

/** A routine as a storefront sees it in one sales channel. */
export const toStoreRoutine = (
  { status: _status, steps, ...routine }: RoutineGraph,
  salesChannelId: string,
  availability: VariantAvailability
) => ({
  ...routine,
  steps: sortSteps(steps.filter(Boolean)).map(
    ({ products, product_link, ...step }) => ({
      ...step,
      products: toStoreProducts({ products, product_link }, salesChannelId, availability),
    })
  ),
})
