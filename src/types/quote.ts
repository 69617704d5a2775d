import type {
  BundleItemReason,
  DiscountTier,
  DiscountType,
  PromotionPolicy,
  BundleProduct,
  BundleVariant,
  StepSummary,
  SymptomSummary,
} from "./routine"

/**
 * Why the store cannot sell a product here: a draft, not in the sales
 * channel, no price in the currency, or not enough stock for the quantity.
 */
export type UnsellableCause = "draft" | "not_in_channel" | "not_priced" | "out_of_stock"

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
  /** `out_of_stock`: some products are sold here but none is in stock; `not_sold`: none is sold in this channel and currency. */
  availability: "out_of_stock" | "not_sold"
  message: string
}

/** The routine's discount as this bundle gets it. */
export type QuoteDiscount = {
  type: DiscountType
  /** `percentage`: the percent off (the tier's, with tiers). */
  percentage: number | null
  /** `fixed`: the amount off one bundle; `set_price`: one bundle's price; in the quote's currency. */
  amount: number | null
}

/** The next tier a bundle could reach by taking back steps it leaves out. */
export type NextDiscountTier = DiscountTier & {
  /** How many more steps reach it. */
  steps_to_add: number
  /** Percentage points it adds to the tier reached now. */
  extra_percentage: number
  /** The steps left out that could be added. */
  add_steps: StepSummary[]
}

/** What leaving out one more step does to the discount. */
export type FewerStepsDiscount = {
  /** The tier a bundle one step shorter reaches; null without tiers or below the lowest. */
  tier: DiscountTier | null
  /** Its discount; null when it gets none (below the lowest tier). */
  discount: QuoteDiscount | null
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
  /** The steps in the bundle the shopper may still leave out, e.g. one they already own. */
  leavable_steps: StepSummary[]
  /** What leaving out one of `leavable_steps` would do to the discount; null when none may be. */
  one_step_fewer: FewerStepsDiscount | null
  symptoms: SymptomSummary[]
  discount: QuoteDiscount
  /** The tier the bundle reaches, when the routine has tiers. */
  tier: DiscountTier | null
  next_tier: NextDiscountTier | null
  /** How Medusa promotions meet this bundle in a cart. */
  promotion_policy: PromotionPolicy
  /** The fewest steps a bundle may hold (null: all but the optional ones). */
  min_steps: number | null
  /**
   * What subscribing does to this bundle; null when the routine offers no
   * subscription. `subtotal`/`discount_total`/`total` above are for the
   * purchase asked for (`subscription_interval_weeks`), once by default.
   */
  subscription: QuoteSubscription | null
  /** The purchase priced: null once, else the refill interval in weeks. */
  subscription_interval_weeks: number | null
  subtotal: number
  discount_total: number
  total: number
}

/** The routine's subscription offer for one quoted bundle. */
export type QuoteSubscription = {
  /** The intervals the shopper may choose, in weeks, ascending. */
  interval_weeks: number[]
  /** Extra percentage off the offer's price for subscribers (0: none). */
  discount_percentage: number
  /** What each refill costs today for this bundle and quantity, the subscription discount included. */
  total: number
  /** What the subscription takes off beyond the routine's own discount. */
  extra_discount_total: number
}
