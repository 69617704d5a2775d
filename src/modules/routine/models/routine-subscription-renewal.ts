import { model } from "@medusajs/framework/utils"
import { SUBSCRIPTION_FAILURE_REASONS, SUBSCRIPTION_RENEWAL_STATUSES } from "../../../types/subscription"
import { RoutineSubscription } from "./routine-subscription"

// One renewal date's attempt at an order. Unique per subscription and due
// date: a re-run job or a second server finds the row and never orders twice.
export const RoutineSubscriptionRenewal = model
  .define("routine_subscription_renewal", {
    id: model.id({ prefix: "rsren" }).primaryKey(),
    due_at: model.dateTime(),
    status: model.enum([...SUBSCRIPTION_RENEWAL_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    retry_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    order_id: model.text().nullable(),
    total: model.bigNumber().nullable(),
    failure_reason: model.enum([...SUBSCRIPTION_FAILURE_REASONS]).nullable(),
    failure_message: model.text().nullable(),
    subscription: model.belongsTo(() => RoutineSubscription, { mappedBy: "renewals" }),
  })
  .indexes([
    { on: ["subscription_id", "due_at"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    // Every placed order asks whether its cart was a renewal's.
    { on: ["cart_id"], where: "deleted_at IS NULL AND cart_id IS NOT NULL" },
  ])
