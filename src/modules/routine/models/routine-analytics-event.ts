import { model } from "@medusajs/framework/utils"
import { ROUTINE_ANALYTICS_EVENT_TYPES } from "../../../types/routine"

// One fact of the routine analytics, written by subscribers after the event
// that caused it. Ordered bundles and orders can be rebuilt from the orders
// themselves (the rebuild command), so those figures can be trusted.
export const RoutineAnalyticsEvent = model
  .define("routine_analytics_event", {
    id: model.id({ prefix: "rtnevt" }).primaryKey(),
    type: model.enum([...ROUTINE_ANALYTICS_EVENT_TYPES]),
    occurred_at: model.dateTime(),
    routine_id: model.text().nullable(),
    bundle_id: model.text().nullable(),
    cart_id: model.text().nullable(),
    /**
     * `quoted`: the finder visit the storefront named (POST .../quote's
     * visit_id) and the logged-in customer: with the cart, what tells one
     * shopper's visit from another's (see the analytics' figures).
     */
    visit_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    quantity: model.number().nullable(),
    subtotal: model.bigNumber().nullable(),
    discount_total: model.bigNumber().nullable(),
    total: model.bigNumber().nullable(),
    /** `ended`: why the bundle left its cart. */
    reason: model.text().nullable(),
    symptom_ids: model.array(),
    /** Steps whose preferred product could not be sold, so the next one was taken. */
    fallback_step_ids: model.array(),
    /** Steps no product could fill. */
    unavailable_step_ids: model.array(),
  })
  .indexes([
    { on: ["type", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["routine_id", "occurred_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])
