import type { RoutineQuote } from "./routine-quote"

/** The metadata keys a bundle line carries; informative only, never trusted. */
export const BUNDLE_METADATA_KEYS = [
  "routine_bundle_id",
  "routine_id",
  "routine_handle",
  "care_step_id",
  "step_handle",
] as const

export type CartBundleItemRecord = {
  id: string
  line_item_id: string | null
  care_step_id: string
  step_handle: string
  variant_id: string
  reason: string
  quantity: number
  unit_price: number
  discounted_unit_price: number
}

export type CartBundleRecord = {
  id: string
  cart_id: string
  routine_id: string
  quantity: number
  items: CartBundleItemRecord[]
}

/** The record of a priced bundle; items count units per ONE bundle. */
export const toRoutineBundleRecord = (cartId: string, quote: RoutineQuote) => ({
  cart_id: cartId,
  routine_id: quote.routine_id,
  currency_code: quote.currency_code,
  quantity: quote.quantity,
  subtotal: quote.subtotal,
  discount_total: quote.discount_total,
  total: quote.total,
  items: quote.items.map((item) => ({
    care_step_id: item.step.id,
    step_position: item.step.position,
    step_handle: item.step.handle,
    step_title: item.step.title,
    product_id: item.product.id,
    product_title: item.product.title,
    variant_id: item.variant.id,
    reason: item.reason,
    quantity: item.quantity / quote.quantity,
    unit_price: item.unit_price,
    discounted_unit_price: item.discounted_unit_price,
  })),
})

/**
 * The cart lines of a recorded bundle. The new bundle id in the metadata keeps
 * them from merging with the lines of any other bundle.
 */
export const toBundleCartLines = (bundle: CartBundleRecord, quote: RoutineQuote) =>
  bundle.items.map((item) => ({
    variant_id: item.variant_id,
    quantity: item.quantity * bundle.quantity,
    unit_price: item.discounted_unit_price,
    compare_at_unit_price: item.unit_price,
    is_tax_inclusive: quote.items.find((q) => q.step.id === item.care_step_id)!
      .is_tax_inclusive,
    metadata: {
      routine_bundle_id: bundle.id,
      routine_id: quote.routine_id,
      routine_handle: quote.routine_handle,
      care_step_id: item.care_step_id,
      step_handle: item.step_handle,
    },
  }))

/**
 * The metadata update that removes the bundle keys from a line leaving its
 * bundle: Medusa merges metadata on update and deletes keys set to "".
 */
export const REMOVE_BUNDLE_METADATA = Object.fromEntries(
  BUNDLE_METADATA_KEYS.map((key) => [key, ""])
)
