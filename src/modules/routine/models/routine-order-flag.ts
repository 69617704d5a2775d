import { model } from "@medusajs/framework/utils"

// An order whose cart broke the bundle rules when it was placed (possible only
// when the completion check is turned off or bypassed): what differed, for the
// merchant to see on the order.
export const RoutineOrderFlag = model
  .define("routine_order_flag", {
    id: model.id({ prefix: "rflag" }).primaryKey(),
    order_id: model.text(),
    cart_id: model.text(),
    problems: model.array(),
  })
  .indexes([{ on: ["order_id"], unique: true, where: "deleted_at IS NULL" }])
