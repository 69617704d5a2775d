import type { GraphProduct, GraphStep, RoutineGraph } from "../routine-graph"

/** The sales channel the fixtures' products are in. */
export const CHANNEL = "sc_main"

/**
 * A published product of the routine graph with one variant (`v_<id>`),
 * priced 10 in EUR in CHANNEL unless told otherwise (`price: null`: no
 * price in the currency).
 */
export const graphProduct = (
  id: string,
  overrides: Partial<GraphProduct> & { price?: number | null; currency?: string; managed?: boolean; backorder?: boolean } = {}
): GraphProduct => {
  const { price = 10, currency = "eur", managed = true, backorder = false, ...rest } = overrides
  return {
    id,
    title: id,
    handle: id,
    thumbnail: null,
    status: "published",
    sales_channels: [{ id: CHANNEL }],
    symptoms: [],
    variants: [
      {
        id: `v_${id}`,
        title: "Standard",
        sku: id.toUpperCase(),
        manage_inventory: managed,
        allow_backorder: backorder,
        calculated_price:
          price === null
            ? null
            : {
                calculated_amount: price,
                currency_code: currency,
                is_calculated_price_tax_inclusive: false,
              },
      },
    ],
    ...rest,
  }
}

/** A published routine of these steps, 10 % off, the offer's other parts as given. */
export const graphRoutine = (steps: GraphStep[], offer: Partial<RoutineGraph> = {}): RoutineGraph => ({
  id: "routine_1",
  handle: "r",
  title: "R",
  description: null,
  status: "published",
  starts_at: null,
  ends_at: null,
  discount_type: "percentage",
  discount_value: 10,
  discount_amounts: [],
  discount_tiers: [],
  min_steps: null,
  promotion_policy: null,
  offer_version: 1,
  subscriptions_enabled: false,
  subscription_interval_weeks: null,
  subscription_discount_percentage: 0,
  steps,
  ...offer,
})
