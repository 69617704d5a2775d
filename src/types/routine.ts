/**
 * The words of the routine domain, declared once: the server (models,
 * validators, workflows), the admin, the storefront and the typed client all
 * import them from here.
 */

export const ROUTINE_STATUSES = ["draft", "published"] as const
export type RoutineStatus = (typeof ROUTINE_STATUSES)[number]

/**
 * How a routine's bundle is discounted: one entry of the kinds table in
 * src/lib/discount-kinds.ts (`percentage` with its tiers, `fixed` or
 * `set_price` per currency, `cheapest_step_free`).
 */
export { DISCOUNT_TYPES, type DiscountType } from "../lib/discount-kinds"

/**
 * Where a published routine's schedule (`starts_at`, `ends_at`) puts it:
 * `scheduled`, `live` or `ended` (src/lib/routine-schedule.ts).
 */
export { SCHEDULE_STATES, type ScheduleState, type RoutineSchedule } from "../lib/routine-schedule"

/** A routine's page on admin and store responses: its schedule (ISO instants), image and SEO texts. */
export type RoutinePageFields = {
  /** On sale from (null: already); a draft is never on sale. */
  starts_at: string | null
  /** On sale until, exclusive (null: with no end). */
  ends_at: string | null
  /** The routine's image, an absolute URL. */
  thumbnail: string | null
  /** The page's <title>; null: the routine's title. */
  seo_title: string | null
  /** The page's meta description; null: the routine's description. */
  seo_description: string | null
}

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

/** A percentage for bundles of at least `min_steps` steps. */
export type DiscountTier = { min_steps: number; percentage: number }

/**
 * How Medusa promotions meet a routine's bundle:
 * - `combine`: they apply on top of the bundle price (Medusa's own behaviour);
 * - `exclusive`: they do not apply to the bundle's lines;
 * - `best_of`: the shopper gets the larger of the bundle discount and the
 *   promotions on those lines at regular price, never both.
 */
export const PROMOTION_POLICIES = ["combine", "exclusive", "best_of"] as const
export type PromotionPolicy = (typeof PROMOTION_POLICIES)[number]

/**
 * What a shopper who keeps only part of a bundle (a return, an order edit
 * that removes items) pays for what they keep:
 * - `keep_discount`: each item keeps its bundle price, so a returned item is
 *   refunded at its bundle price (Shopify Bundles, WooCommerce Product
 *   Bundles);
 * - `reprice_kept`: what is kept is priced again under the routine's offer
 *   for the steps kept (no discount below the routine's fewest steps), and
 *   the difference comes off the refund.
 */
export const PARTIAL_RETURN_POLICIES = ["keep_discount", "reprice_kept"] as const
export type PartialReturnPolicy = (typeof PARTIAL_RETURN_POLICIES)[number]

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
  /** The merchant dissolved every open bundle (before removing the plugin). */
  "dissolved_by_merchant",
] as const
export type BundleEndReason = (typeof BUNDLE_END_REASONS)[number]

/** What a bundle's lines are discounted by: the bundle's own discount, or the cart's promotions instead (`best_of`). */
export const BUNDLE_DISCOUNT_SOURCES = ["bundle", "promotion"] as const
export type BundleDiscountSource = (typeof BUNDLE_DISCOUNT_SOURCES)[number]

/** What the routine analytics record, each from an event after the fact (never on a shopper's request). */
export const ROUTINE_ANALYTICS_EVENT_TYPES = [
  /** A quote was asked for (the store's quote route). */
  "quoted",
  /** A bundle went into a cart. */
  "added",
  /** A bundle left a cart (`reason`: a BundleEndReason). */
  "ended",
  /** A bundle was bought (an order was placed with it). */
  "ordered",
  /** An order was placed, with or without bundles: for average order values. */
  "order",
] as const
export type RoutineAnalyticsEventType = (typeof ROUTINE_ANALYTICS_EVENT_TYPES)[number]

/**
 * What a recorded change touched (a routine's history): its own fields, its
 * offer, whether it is on sale, a step, the order of its steps, a step's
 * candidate products, a symptom, or the products a symptom favours.
 */
export const ROUTINE_CHANGE_SUBJECTS = [
  "routine",
  "offer",
  "publication",
  "step",
  "step_order",
  "candidates",
  "symptom",
  "symptom_products",
] as const
export type RoutineChangeSubject = (typeof ROUTINE_CHANGE_SUBJECTS)[number]

export const ROUTINE_CHANGE_ACTIONS = ["create", "update", "delete"] as const
export type RoutineChangeAction = (typeof ROUTINE_CHANGE_ACTIONS)[number]
