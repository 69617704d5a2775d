import type {
  BundleItemReason,
  BundleProduct,
  BundleVariant,
  StepSummary,
  SymptomSummary,
} from "./routine"

/** One line of a priced bundle: the product chosen for a step. */
export type RoutineQuoteItem = {
  step: StepSummary
  product: BundleProduct
  variant: BundleVariant
  reason: BundleItemReason
  /** The shopper's symptoms this product answers. */
  symptoms: SymptomSummary[]
  /** Units: one per bundle, times the number of bundles. */
  quantity: number
  /** The regular price of one unit: what this shopper pays for it alone. */
  unit_price: number
  /** The price of one unit in the bundle. */
  discounted_unit_price: number
  /** unit_price × quantity. */
  subtotal: number
  /** discounted_unit_price × quantity. */
  total: number
  is_tax_inclusive: boolean
}

/** A step no product can fill now (none sold in the channel, priced or in stock). */
export type UnavailableStep = {
  id: string
  handle: string
  title: string
  optional: boolean
  message: string
}

/** A bundle the store would build now; nothing is written. */
export type RoutineQuote = {
  routine_id: string
  routine_handle: string
  routine_title: string
  region_id: string
  currency_code: string
  /** Number of bundles. */
  quantity: number
  /** False when a required step has no product that can be sold. */
  complete: boolean
  /** In step order. */
  items: RoutineQuoteItem[]
  unavailable_steps: UnavailableStep[]
  /** The steps left out (`skip_steps`). */
  skipped_steps: StepSummary[]
  symptoms: SymptomSummary[]
  subtotal: number
  discount_total: number
  total: number
}
