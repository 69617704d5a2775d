import type { GraphProduct } from "../routine-graph"

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
