/**
 * The words of the routine domain, declared once: the server (models,
 * validators, workflows), the admin, the storefront and the typed client all
 * import them from here.
 */

export const ROUTINE_STATUSES = ["draft", "published"] as const
export type RoutineStatus = (typeof ROUTINE_STATUSES)[number]

/**
 * How a routine's bundle is discounted:
 * - `percentage`: `discount_value` percent off the bundle's regular subtotal;
 * - `fixed`: an amount off one bundle, per currency (`discount_amounts`).
 */
export const DISCOUNT_TYPES = ["percentage", "fixed"] as const
export type DiscountType = (typeof DISCOUNT_TYPES)[number]

/** Why the store chose a product for a step. */
export const BUNDLE_ITEM_REASONS = [
  /** It answers the shopper's symptoms (the most of them). */
  "symptoms",
  /** The shopper picked it. */
  "selection",
  /** The merchandiser's default for the step. */
  "default",
  /** First by the merchandiser's rank. */
  "rank",
  /** The preferred product cannot be sold (stock, channel, price): the next one. */
  "fallback",
] as const
export type BundleItemReason = (typeof BUNDLE_ITEM_REASONS)[number]

/** A symptom as a shopper reads it. */
export type SymptomSummary = { id: string; handle: string; name: string }

/** A step of a routine, as quotes and cart bundles show it. */
export type StepSummary = {
  id: string
  handle: string
  title: string
  position: number
  guidance: string | null
  optional: boolean
}

/** A product as a bundle line shows it. */
export type BundleProduct = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  thumbnail: string | null
}

/** A variant as a bundle line shows it. */
export type BundleVariant = {
  id: string
  title: string | null
  sku: string | null
  /** Option title → value, e.g. `{ "Size": "50 ml" }`. */
  options: Record<string, string>
}

export type DiscountAmount = { currency_code: string; amount: number }

/** Why a bundle left a cart. */
export const BUNDLE_END_REASONS = [
  /** The shopper removed it through the bundle routes. */
  "removed",
  /** One of its lines was changed (quantity) through Medusa's line routes. */
  "line_changed",
  /** One of its lines was deleted through Medusa's line routes. */
  "line_removed",
  /** A product in it can no longer be sold (unpublished, deleted, left the channel, no price). */
  "product_unavailable",
  /** The cart moved to a currency its discount has no amount for. */
  "currency_unavailable",
] as const
export type BundleEndReason = (typeof BUNDLE_END_REASONS)[number]
