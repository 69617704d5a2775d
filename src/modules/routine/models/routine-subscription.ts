import { model } from "@medusajs/framework/utils"
import { SUBSCRIPTION_CANCEL_REASONS, SUBSCRIPTION_FAILURE_REASONS, SUBSCRIPTION_STATUSES } from "../../../types/subscription"
import { Routine } from "./routine"
import { RoutineSubscriptionCheckin } from "./routine-subscription-checkin"
import { RoutineSubscriptionRenewal } from "./routine-subscription-renewal"

// A routine bought again every few weeks (src/types/subscription.ts says
// what each field means). Created when an order with a subscribed bundle is
// placed; renewed by the renewal workflow on `next_renewal_at`.
export const RoutineSubscription = model
  .define("routine_subscription", {
    id: model.id({ prefix: "rsub" }).primaryKey(),
    status: model.enum([...SUBSCRIPTION_STATUSES]).default("active"),
    customer_id: model.text(),
    email: model.text(),
    order_id: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text().nullable(),
    currency_code: model.text(),
    interval_weeks: model.number(),
    choice: model.json(),
    shipping_address: model.json(),
    shipping_option_id: model.text(),
    payment_provider_id: model.text(),
    payment_data: model.json().nullable(),
    next_renewal_at: model.dateTime(),
    last_total: model.bigNumber(),
    price_notice: model.json().nullable(),
    checkin_requested_at: model.dateTime().nullable(),
    last_failure_reason: model.enum([...SUBSCRIPTION_FAILURE_REASONS]).nullable(),
    last_failure_message: model.text().nullable(),
    paused_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.enum([...SUBSCRIPTION_CANCEL_REASONS]).nullable(),
    cancel_note: model.text().nullable(),
    metadata: model.json().nullable(),
    routine: model.belongsTo(() => Routine, { mappedBy: "subscriptions" }),
    renewals: model.hasMany(() => RoutineSubscriptionRenewal, { mappedBy: "subscription" }),
    checkins: model.hasMany(() => RoutineSubscriptionCheckin, { mappedBy: "subscription" }),
  })
  .cascades({ delete: ["renewals", "checkins"] })
  .indexes([
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["status", "next_renewal_at"], where: "deleted_at IS NULL" },
    // One subscription per order's bundle: the order-placed path may run twice.
    { on: ["order_id", "routine_id"], unique: true, where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "routine_subscription_interval_positive",
      expression: (columns) => `${columns.interval_weeks} >= 1`,
    },
  ])
