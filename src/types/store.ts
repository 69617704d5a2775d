// Nothing from Medusa's server here: these types ship in the storefront's
// client package (packages/client), whose only peer is the JS SDK.
import type Medusa from "@medusajs/js-sdk"
import type { CartRoutineBundle, OrderRoutineBundle } from "./cart-bundle"
import type { RoutineQuote, UnavailableStep } from "./quote"
import type { RoutineSubscriptionSettings } from "./subscription"
import type {
  DiscountAmount,
  DiscountTier,
  DiscountType,
  PartialReturnPolicy,
  PromotionPolicy,
  RoutinePageFields,
  SymptomSummary,
} from "./routine"

/** What a shopper may say about the bundle they want. Prices never come from the client. */
export type RoutineBundleChoice = {
  /** Symptom ids or handles. */
  symptoms?: string[]
  /** Explicit picks: step id or handle → variant id. */
  selections?: Record<string, string>
  /** Optional steps to leave out, by id or handle. */
  skip_steps?: string[]
  /** Number of bundles, 1–100. */
  quantity?: number
  /**
   * Buy once (absent or null) or subscribe: a refill every this many weeks,
   * one of the routine's `subscription_interval_weeks`, at the routine's
   * subscription price. Subscribing needs a signed-in customer at checkout.
   */
  subscription_interval_weeks?: number | null
}

/** POST /store/routines/:id/quote: priced for a region, or for a cart (its region, customer and channel). */
export type StoreRoutineQuoteRequest = RoutineBundleChoice & {
  region_id?: string
  cart_id?: string
  /**
   * The shopper's finder visit, any token the storefront keeps for it: the
   * analytics count a visit's quotes as one (without it, the cart's, the
   * customer's, or each quote alone).
   */
  visit_id?: string
  /** Needed only when the publishable key has several sales channels. */
  sales_channel_id?: string
}

/** POST /store/carts/:id/routine-bundles */
export type StoreAddRoutineBundleRequest = RoutineBundleChoice & {
  /** The routine's id or handle. */
  routine_id: string
}

/**
 * POST /store/carts/:id/routine-bundles/:bundle_id: `selections` swap the
 * named steps' products (the other steps keep theirs), `skip_steps` replaces
 * the set of steps left out, `quantity` the number of bundles.
 */
export type StoreUpdateRoutineBundleRequest = RoutineBundleChoice

/** The price this shopper pays for a variant alone, as Medusa calculated it. */
export type RoutineCalculatedPrice = {
  calculated_amount: number | null
  original_amount?: number | null
  currency_code: string | null
  is_calculated_price_tax_inclusive: boolean
  calculated_price?: { price_list_type?: string | null } | null
}

export type StoreRoutineVariant = {
  id: string
  title: string | null
  sku: string | null
  options?: ({ value: string; option?: { title: string } | null } | null)[] | null
  calculated_price?: RoutineCalculatedPrice | null
  /** Units sellable in the channel; null when stock is not tracked. */
  inventory_quantity: number | null
  manage_inventory: boolean
  allow_backorder: boolean
}

export type StoreRoutineProduct = {
  id: string
  title: string
  handle: string
  subtitle?: string | null
  description?: string | null
  thumbnail: string | null
  images?: { id: string; url: string }[]
  /** The merchandiser's pick for the step. */
  is_default: boolean
  rank: number
  symptoms: SymptomSummary[]
  variants: StoreRoutineVariant[]
}

export type StoreRoutineStep = {
  id: string
  handle: string
  title: string
  guidance: string | null
  position: number
  optional: boolean
  /** Published, in the key's sales channel; by rank. */
  products: StoreRoutineProduct[]
}

/** A required step no product can fill for this shopper now, and why. */
export type StoreUnavailableStep = {
  id: string
  handle: string
  title: string
  /** `out_of_stock`: its products are sold here but none is in stock; `not_sold`: none is sold in this channel and currency. */
  availability: "out_of_stock" | "not_sold"
}

/**
 * Why a shopper cannot buy the routine in the request's region (currency)
 * and sales channel: the offer has no amount in its currency (a `fixed` or
 * `set_price` routine), or a step it needs has no product to sell.
 */
export type RoutineUnsellableReason =
  | { code: "no_price_in_currency"; currency_code: string }
  | { code: "step_unavailable"; steps: StoreUnavailableStep[] }

/** Whether the routine can be bought where the request prices it; the reason when not. */
export type RoutineSellability = {
  sellable: boolean
  unsellable_reason: RoutineUnsellableReason | null
}

/** A routine's own fields on the store routes. */
type StoreRoutineFields = {
  id: string
  handle: string
  title: string
  description: string | null
  discount_type: DiscountType
  discount_value: number
  discount_amounts?: DiscountAmount[]
  discount_tiers?: DiscountTier[]
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
  /** In position order. */
  steps: StoreRoutineStep[]
}

/** The routine's subscription settings as its record holds them (null intervals: none offered). */
type StoreRoutineSubscriptionFields = {
  subscriptions_enabled?: RoutineSubscriptionSettings["subscriptions_enabled"]
  subscription_interval_weeks?: RoutineSubscriptionSettings["subscription_interval_weeks"] | null
  subscription_discount_percentage?: RoutineSubscriptionSettings["subscription_discount_percentage"]
}

/**
 * GET /store/routines/:id: the routine, its candidates priced, and whether it
 * can be bought there; its page (schedule, image, SEO texts) is in the default
 * fields, absent only when `fields` leaves it out. (Each type lists the page
 * apart: the OpenAPI generator cannot read `Omit` of an intersection.) Its
 * subscription settings let a cart switch a bundle between once and a refill
 * interval.
 */
export type StoreRoutine = StoreRoutineFields &
  Partial<RoutinePageFields> &
  StoreRoutineSubscriptionFields &
  RoutineSellability

export type StoreSymptom = {
  id: string
  handle: string
  name: string
  description: string | null
}

export type StoreProductRoutineStep = {
  routine: { id: string; handle: string; title: string }
  step: { id: string; handle: string; title: string; position: number; guidance: string | null }
  is_default: boolean
}

type List = { count: number; offset: number; limit: number }

/**
 * A routine in a list: its steps without their products. `sellable` and
 * `unsellable_reason` are there when the list is asked with `region_id` or
 * `cart_id`.
 */
export type StoreRoutineSummary = Omit<StoreRoutineFields, "steps"> & Partial<RoutinePageFields> & {
  steps: Omit<StoreRoutineStep, "products">[]
  sellable?: boolean
  unsellable_reason?: RoutineUnsellableReason | null
}

export type StoreRoutineListResponse = List & { routines: StoreRoutineSummary[] }
export type StoreRoutineResponse = { routine: StoreRoutine }
export type StoreSymptomListResponse = List & { symptoms: StoreSymptom[] }
export type StoreRoutineQuoteResponse = { quote: RoutineQuote }
export type StoreProductRoutinesResponse = { routine_steps: StoreProductRoutineStep[] }
/** GET /store/carts/:id/routine-bundles */
export type StoreCartRoutineBundleListResponse = { routine_bundles: CartRoutineBundle[] }
/** GET /store/orders/:id/routine-bundles: each item with the order line it became. */
export type StoreOrderRoutineBundleListResponse = { routine_bundles: OrderRoutineBundle[] }
/**
 * The store cart as the JS SDK types it (`HttpTypes.StoreCart` of
 * @medusajs/types, which the SDK's declarations import), read from the SDK so
 * the client needs no second Medusa package.
 * @ref medusa:StoreCart
 */
export type StoreCart = Awaited<ReturnType<Medusa["store"]["cart"]["retrieve"]>>["cart"]

/** Every cart route of the plugin answers with the cart and its bundles. */
export type StoreCartRoutineBundlesResponse = {
  cart: StoreCart
  routine_bundles: CartRoutineBundle[]
}

/**
 * The body of every error the plugin's routes answer: Medusa's error shape,
 * with the message kept for every status, plus structured details where a
 * client can act on them.
 */
export type RoutineErrorBody = {
  type: string
  code?: string
  message: string
  /** On a 409 of a bundle that cannot be completed: the steps no product can fill. */
  unavailable_steps?: UnavailableStep[]
  /**
   * On a 409 of a cart busy with other changes (nothing was changed): `cart_busy`,
   * with the seconds after which a retry should find the cart free (also sent
   * as the `Retry-After` header).
   */
  reason?: "cart_busy"
  retry_after_seconds?: number
}

/**
 * How a busy cart's 409 message starts ("…; nothing was changed. Try again
 * in N s."). Medusa's JS SDK keeps only an error's status and message, so
 * clients of core's cart routes recognise the answer by it.
 */
export const CART_BUSY_MESSAGE = "The cart is busy with other changes"

/** GET /admin/orders/:id/routine-bundles */
export type AdminOrderRoutineBundlesResponse = {
  routine_bundles: OrderRoutineBundle[]
  /** What broke the bundle rules when the order was placed; empty for an honest order. */
  flags: { id: string; problems: string[]; created_at: string }[]
  /** The store's `partial_return_policy`: how items returned from a bundle are refunded. */
  partial_return_policy: PartialReturnPolicy
  /**
   * What the order's credit lines took off refunds for re-priced bundles so
   * far. Less than the bundles' `reprice_amount` when the refund was paid
   * before the return was re-priced.
   */
  reprice_credited: number
  /** What the bundles' re-pricing comes to beyond `reprice_credited`: due from the shopper, not taken. */
  reprice_uncredited: number
}

/** DELETE /store/carts/:id/routine-bundles/:bundle_id */
export type StoreCartRoutineBundleDeleteResponse = StoreCartRoutineBundlesResponse & {
  id: string
  object: "routine_bundle"
  deleted: true
}
