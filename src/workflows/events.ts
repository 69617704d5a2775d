/**
 * Events the plugin emits (after the workflow that causes them succeeds),
 * for subscribers of the host app and the plugin's own analytics.
 */
export const ROUTINE_BUNDLE_EVENTS = {
  /** `{ id, cart_id, routine_id }`: a bundle was added to a cart. */
  CREATED: "routine_bundle.created",
  /** `{ id, cart_id, routine_id }`: a bundle was changed or re-priced. */
  UPDATED: "routine_bundle.updated",
  /** `{ id, cart_id, reason }`: a bundle left its cart (reason: BundleEndReason). */
  DELETED: "routine_bundle.deleted",
  /** `{ order_id, cart_id, problems }`: an order was placed with a cart that broke the bundle rules. */
  ORDER_FLAGGED: "routine_bundle.order_flagged",
  /** `{ quote, cart_id, visit_id, customer_id }`: a shopper asked the store for a quote (POST /store/routines/:id/quote). */
  QUOTED: "routine.quoted",
  /**
   * `{ id, routine_id, changed_by, alerts }`: an offer change crossed the
   * store's `offer_alert_percentage` (id: the history entry). For a store to
   * alert on: a subscriber can mail or post it.
   */
  OFFER_ALERT: "routine.offer_alert",
} as const

/**
 * The subscription lifecycle (issue 20), emitted after the workflow that
 * causes it succeeds, so a store can send its own emails. Payloads:
 * - CREATED `{ id, order_id, customer_id, routine_id }`: an order with a subscribed bundle was placed.
 * - RENEWAL_UPCOMING `{ id, customer_id, due_at }`: the check-in invitation went out (`subscription_checkin_days` before).
 * - RENEWED `{ id, renewal_id, order_id, total, next_renewal_at }`: a renewal placed its order.
 * - RENEWAL_FAILED `{ id, renewal_id, reason, message, attempts, retry_at, needs_action }`:
 *   an attempt failed; `retry_at` null and `needs_action` true after the last one.
 * - PRICE_NOTICE `{ id, customer_id, due_at, previous_total, next_total, change_percentage }`:
 *   the refill's price moved beyond `subscription_price_notice_percentage`; the renewal waits `subscription_notice_days`.
 * - CHECKIN_ANSWERED `{ id, checkin_id, symptom_ids_before, symptom_ids_after }`.
 * - PAUSED, RESUMED `{ id }`; CANCELLED `{ id, reason }`.
 * - SKIPPED `{ id, skipped_due_at, next_renewal_at }`: the shopper or the merchant skipped the coming refill.
 * - UPDATED `{ id, changed }`: the interval, a step's product, the quantity or the next date changed (`changed`: the fields).
 */
export const ROUTINE_SUBSCRIPTION_EVENTS = {
  CREATED: "routine_subscription.created",
  RENEWAL_UPCOMING: "routine_subscription.renewal_upcoming",
  RENEWED: "routine_subscription.renewed",
  RENEWAL_FAILED: "routine_subscription.renewal_failed",
  PRICE_NOTICE: "routine_subscription.price_notice",
  CHECKIN_ANSWERED: "routine_subscription.checkin_answered",
  PAUSED: "routine_subscription.paused",
  RESUMED: "routine_subscription.resumed",
  CANCELLED: "routine_subscription.cancelled",
  SKIPPED: "routine_subscription.skipped",
  UPDATED: "routine_subscription.updated",
} as const
