import { model } from "@medusajs/framework/utils"
import { RoutineSubscription } from "./routine-subscription"

// A shopper's answer to the skin check-in before a renewal: the warning
// signs before and after, kept for the figures (symptom changes).
export const RoutineSubscriptionCheckin = model
  .define("routine_subscription_checkin", {
    id: model.id({ prefix: "rschk" }).primaryKey(),
    due_at: model.dateTime(),
    symptom_ids_before: model.array(),
    symptom_ids_after: model.array(),
    answered_at: model.dateTime(),
    subscription: model.belongsTo(() => RoutineSubscription, { mappedBy: "checkins" }),
  })
  .indexes([{ on: ["subscription_id", "due_at"], where: "deleted_at IS NULL" }])
