import type { RoutineQuote } from "./quote"
import type { RoutineBundleChoice } from "./store"

/**
 * Subscriptions: a routine bought again every few weeks. The vocabulary is
 * declared here once; the server, the admin, the typed client and the
 * storefront import it.
 */

/**
 * - `active`: renews on `next_renewal_at`.
 * - `paused`: the shopper or the merchant paused it; nothing renews until resumed.
 * - `needs_action`: renewals failed as many times as the store retries; the
 *   shopper or the merchant must act (`last_failure_reason` says why), then
 *   resume or renew now.
 * - `cancelled`: final.
 */
export const SUBSCRIPTION_STATUSES = ["active", "paused", "needs_action", "cancelled"] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/**
 * One renewal date's attempt at an order. A renewal is unique per
 * subscription and due date, so a re-run job or a second server finds it
 * and never orders twice.
 * - `pending`: being tried, or failed and waiting for its retry (`retry_at`).
 * - `succeeded`: placed `order_id`.
 * - `failed`: gave up after the last retry (the subscription needs action).
 * - `skipped`: the shopper or the merchant skipped this refill.
 */
export const SUBSCRIPTION_RENEWAL_STATUSES = ["pending", "succeeded", "failed", "skipped"] as const
export type SubscriptionRenewalStatus = (typeof SUBSCRIPTION_RENEWAL_STATUSES)[number]

/** Why a renewal could not complete, as a closed set the storefront and the admin word. */
export const SUBSCRIPTION_FAILURE_REASONS = [
  /** The routine is unpublished, deleted, out of its schedule or no longer offered to this shopper. */
  "routine_unavailable",
  /** A step has nothing in stock and no fallback. */
  "unsellable_step",
  /** The payment provider refused the saved method. */
  "payment_failed",
  /** The saved shipping option no longer serves the address. */
  "shipping_unavailable",
  /** Anything else; the message says what. */
  "error",
] as const
export type SubscriptionFailureReason = (typeof SUBSCRIPTION_FAILURE_REASONS)[number]

/** Why a shopper cancelled, when they say. */
export const SUBSCRIPTION_CANCEL_REASONS = [
  "too_expensive",
  "skin_improved",
  "not_working",
  "too_much_product",
  "other",
] as const
export type SubscriptionCancelReason = (typeof SUBSCRIPTION_CANCEL_REASONS)[number]

/**
 * The message of the 400 (`not_allowed`) a cart holding a subscribed bundle
 * gets at completion when no signed-in customer with an account owns it: a
 * storefront recognises it and offers sign-in or sign-up.
 */
export const SUBSCRIPTION_ACCOUNT_MESSAGE = "A subscription needs an account: sign in or create one"

/** What a routine offers subscribers (the routine's own settings, part of its offer). */
export type RoutineSubscriptionSettings = {
  /** Off: the routine is bought once only. */
  subscriptions_enabled: boolean
  /** The intervals a shopper may choose, in weeks, ascending (e.g. [4, 6, 8]); null: none set yet. */
  subscription_interval_weeks: number[] | null
  /** Extra percentage off the routine's offer for subscribers (0: none). */
  subscription_discount_percentage: number
}

/**
 * What the subscription buys at each renewal: the bundle's choice as the
 * shopper made it (symptoms, picks, steps left out, quantity), re-quoted on
 * the renewal's day. A check-in replaces `symptoms`; a swap one selection.
 */
export type SubscriptionChoice = Required<Pick<RoutineBundleChoice, "quantity">> &
  Pick<RoutineBundleChoice, "symptoms" | "selections" | "skip_steps">

/** The address a renewal ships to, as a cart takes it. */
export type SubscriptionAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  country_code?: string | null
  province?: string | null
  postal_code?: string | null
  phone?: string | null
}

export type RoutineSubscription = {
  id: string
  status: SubscriptionStatus
  customer_id: string
  email: string
  routine_id: string
  /** The order that started it. */
  order_id: string
  region_id: string
  sales_channel_id: string | null
  currency_code: string
  interval_weeks: number
  choice: SubscriptionChoice
  shipping_address: SubscriptionAddress
  shipping_option_id: string
  /** The payment provider renewals pay with (e.g. `pp_system_default`, `pp_stripe_stripe`). */
  payment_provider_id: string
  /**
   * Provider data for the saved method (e.g. Stripe's customer and payment
   * method); never the card. Admin routes only: the store's answers leave it out.
   */
  payment_data?: Record<string, unknown> | null
  next_renewal_at: string
  /** What the last order's bundle cost (minor units as numbers, like Medusa's totals). */
  last_total: number
  /** Set when the shopper was told of a price change beyond the store's threshold for the coming renewal. */
  price_notice: SubscriptionPriceNotice | null
  /** When the shopper was invited to the skin check-in for the coming renewal. */
  checkin_requested_at: string | null
  last_failure_reason: SubscriptionFailureReason | null
  last_failure_message: string | null
  paused_at: string | null
  cancelled_at: string | null
  cancel_reason: SubscriptionCancelReason | null
  cancel_note: string | null
  created_at: string
  updated_at: string
  routine?: { id: string; handle: string; title: string } | null
  /** Newest due date first. */
  renewals?: RoutineSubscriptionRenewal[]
  checkins?: RoutineSubscriptionCheckin[]
  /** The orders it placed, newest first: on retrieve (store and admin), not in lists. */
  orders?: RoutineSubscriptionOrder[]
}

/** An order a subscription placed: the one that started it, then each renewal's. */
export type RoutineSubscriptionOrder = {
  id: string
  display_id: number | null
  status: string
  created_at: string
  currency_code: string
  total: number
  /** The renewal that placed it; null for the order that started the subscription. */
  renewal_id: string | null
}

export type SubscriptionPriceNotice = {
  previous_total: number
  next_total: number
  /** Signed percentage change, e.g. 12.5. */
  change_percentage: number
  notified_at: string
}

export type RoutineSubscriptionRenewal = {
  id: string
  subscription_id: string
  /** The renewal date this attempt belongs to (the once-only key with the subscription). */
  due_at: string
  status: SubscriptionRenewalStatus
  attempts: number
  retry_at: string | null
  cart_id: string | null
  order_id: string | null
  total: number | null
  failure_reason: SubscriptionFailureReason | null
  failure_message: string | null
  created_at: string
  updated_at: string
}

export type RoutineSubscriptionCheckin = {
  id: string
  subscription_id: string
  /** The renewal date the answer is for. */
  due_at: string
  symptom_ids_before: string[]
  symptom_ids_after: string[]
  answered_at: string
}

/** The next refill as it would be ordered today (after a check-in, a swap or a price change). */
export type RoutineSubscriptionRefill = {
  due_at: string
  currency_code: string
  /** The refill's total for its bundle lines, with the subscription discount. */
  total: number
  previous_total: number
  change_percentage: number
  /** The store's threshold; beyond it the shopper is told before the renewal. */
  notice_threshold_percentage: number
  /** The quote the refill is built from (steps, products, discount). */
  quote: RoutineQuote
}

/** POST /store/customers/me/routine-subscriptions/:id */
export type StoreUpdateRoutineSubscriptionRequest = {
  interval_weeks?: number
  /** Step id or handle → variant id: swaps those steps' products from the next refill on. */
  selections?: Record<string, string>
  quantity?: number
}

/** POST /store/customers/me/routine-subscriptions/:id/cancel */
export type StoreCancelRoutineSubscriptionRequest = {
  reason?: SubscriptionCancelReason
  note?: string
}

/**
 * POST /store/customers/me/routine-subscriptions/:id/renew (and the admin's):
 * what the actor saw before asking. A refill whose total today is not
 * `expected_total` (from GET …/refill) is a 409 with the new total, and a
 * subscription whose `next_renewal_at` moved since (renewed already: a second
 * click) is a 409 that orders nothing. Without `next_renewal_at` the route
 * takes the one it reads as the request arrives.
 */
export type StoreRenewRoutineSubscriptionRequest = {
  expected_total?: number
  next_renewal_at?: string
}

/** POST /store/customers/me/routine-subscriptions/:id/check-in: the warning signs the shopper ticks now. */
export type StoreRoutineSubscriptionCheckinRequest = {
  /** Symptom ids or handles. */
  symptoms: string[]
}

export type StoreRoutineSubscriptionResponse = { routine_subscription: RoutineSubscription }
export type StoreRoutineSubscriptionListResponse = {
  routine_subscriptions: RoutineSubscription[]
  count: number
  offset: number
  limit: number
}
export type StoreRoutineSubscriptionRefillResponse = { refill: RoutineSubscriptionRefill }
/** POST …/check-in: the subscription as answered, and its next refill priced for the symptoms ticked now. */
export type StoreRoutineSubscriptionCheckinResponse = StoreRoutineSubscriptionResponse & StoreRoutineSubscriptionRefillResponse

/** POST /admin/routine-subscriptions/:id */
export type AdminUpdateRoutineSubscriptionRequest = {
  interval_weeks?: number
  next_renewal_at?: string
}
/** POST /admin/routine-subscriptions/:id/renew: as the shopper's (StoreRenewRoutineSubscriptionRequest). */
export type AdminRenewRoutineSubscriptionRequest = StoreRenewRoutineSubscriptionRequest
export type AdminRoutineSubscriptionResponse = StoreRoutineSubscriptionResponse
export type AdminRoutineSubscriptionListResponse = StoreRoutineSubscriptionListResponse
/** GET /admin/routine-subscriptions/:id/refill: as the shopper's, the total renew now confirms (`expected_total`). */
export type AdminRoutineSubscriptionRefillResponse = StoreRoutineSubscriptionRefillResponse

/** A subscription as the order page names it: enough to say what it is and link to it. */
export type OrderRoutineSubscription = Pick<RoutineSubscription, "id" | "status" | "interval_weeks" | "next_renewal_at" | "routine">

/** GET /admin/orders/:id/routine-subscriptions: the subscriptions the order started, and the one it renewed. */
export type AdminOrderRoutineSubscriptionsResponse = {
  started: OrderRoutineSubscription[]
  /** With the renewal date the order was placed for. */
  renewal_of: (OrderRoutineSubscription & { due_at: string }) | null
}
