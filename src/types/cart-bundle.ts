import type {
  BundleItemReason,
  BundleProduct,
  BundleVariant,
  DiscountTier,
  StepSummary,
  SymptomSummary,
} from "./routine"
import type { QuoteDiscount } from "./quote"

/** One line of a bundle in a cart. */
export type CartRoutineBundleItem = {
  id: string
  /** The cart line that holds it. */
  line_item_id: string
  step: StepSummary
  product: BundleProduct
  variant: BundleVariant
  reason: BundleItemReason
  symptoms: SymptomSummary[]
  /** Units in the cart: per bundle × the bundle's quantity. */
  quantity: number
  unit_price: number
  discounted_unit_price: number
  subtotal: number
  total: number
}

/**
 * A bundle in a cart, as the plugin records it (never as line metadata says).
 * Its `id` stays the same for the life of the bundle, re-pricing included.
 */
export type CartRoutineBundle = {
  id: string
  cart_id: string
  routine: { id: string; handle: string; title: string }
  /** Number of bundles. */
  quantity: number
  currency_code: string
  /** In step order. */
  items: CartRoutineBundleItem[]
  /** The routine's steps this bundle leaves out. */
  skipped_steps: StepSummary[]
  symptoms: SymptomSummary[]
  /**
   * The routine's discount on these lines, from the terms the bundle was
   * sold under; null when the cart's promotions are worth more and apply
   * instead (promotion policy `best_of`).
   */
  discount: QuoteDiscount | null
  /** The tier the bundle reached, when the routine has tiers. */
  tier: DiscountTier | null
  /** Null: bought once. Else a subscription refilled every this many weeks, priced with `subscription_discount_percentage`. */
  subscription_interval_weeks: number | null
  /** The subscription's extra percentage off, from the bundle's terms (0 when bought once). */
  subscription_discount_percentage: number
  subtotal: number
  discount_total: number
  total: number
}

/** A bundle item as the order shows it now: after order edits, with what came back. */
export type OrderRoutineBundleItem = CartRoutineBundleItem & {
  /** The order line the item became (null until the order is recorded). */
  order_line_item_id: string | null
  /** Units the order holds now: `quantity` less what order edits removed. */
  order_quantity: number
  return_requested_quantity: number
  return_received_quantity: number
  /** Units a claim wrote off (lost or damaged) or a return received damaged. */
  written_off_quantity: number
  /** Units the shopper keeps: `order_quantity` less those returned and written off. */
  kept_quantity: number
  /** What the returned units are worth: their bundle price, the discount's share included. */
  refund_amount: number
}

/** A bundle of an order: `subtotal`, `discount_total` and `total` as bought, `kept_total` as it stands. */
export type OrderRoutineBundle = Omit<CartRoutineBundle, "items"> & {
  items: OrderRoutineBundleItem[]
  /** What the kept units cost at the prices paid for them. */
  kept_total: number
  /**
   * Under `partial_return_policy: reprice_kept`, what keeping only part of
   * the bundle costs more (its kept steps priced under the routine's offer
   * for that many steps): taken off the refund. 0 under `keep_discount`.
   */
  reprice_amount: number
}
