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
