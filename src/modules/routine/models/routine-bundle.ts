import { model } from "@medusajs/framework/utils"
import { BUNDLE_DISCOUNT_SOURCES } from "../../../types/routine"
import { Routine } from "./routine"
import { RoutineBundleItem } from "./routine-bundle-item"

// The source of truth for a bundle in a cart: line metadata can be edited by
// the shopper, this record cannot. Its id lives as long as the bundle, through
// every re-pricing, and stays with the order once the cart is completed.
export const RoutineBundle = model
  .define("routine_bundle", {
    id: model.id({ prefix: "rbndl" }).primaryKey(),
    cart_id: model.text(),
    /** Set once the cart became this order. */
    order_id: model.text().nullable(),
    currency_code: model.text(),
    quantity: model.number(),
    /** The discount as it was when the shopper chose the bundle (see BundleTerms). */
    terms: model.json(),
    /** Ids of the symptoms the shopper named. */
    symptom_ids: model.array(),
    /**
     * Which discount the shopper gets: the bundle's own, or (under the
     * `best_of` promotion policy, when larger) the cart's promotions on the
     * bundle's lines at their regular prices.
     */
    discount_source: model.enum([...BUNDLE_DISCOUNT_SOURCES]).default("bundle"),
    /**
     * Null: bought once. A number: a subscription with a refill every this
     * many weeks, priced with the routine's subscription discount (in
     * `terms`); completing the order creates the subscription.
     */
    subscription_interval_weeks: model.number().nullable(),
    subtotal: model.bigNumber(),
    discount_total: model.bigNumber(),
    total: model.bigNumber(),
    routine: model.belongsTo(() => Routine, { mappedBy: "bundles" }),
    items: model.hasMany(() => RoutineBundleItem, { mappedBy: "bundle" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([
    { on: ["cart_id"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
  ])
  .checks([
    {
      name: "routine_bundle_quantity_positive",
      expression: (columns) => `${columns.quantity} >= 1`,
    },
  ])
