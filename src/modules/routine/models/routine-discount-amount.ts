import { model } from "@medusajs/framework/utils"
import { Routine } from "./routine"

// A fixed discount is money, and money has a currency: one amount per currency.
export const RoutineDiscountAmount = model
  .define("routine_discount_amount", {
    id: model.id({ prefix: "rtndisc" }).primaryKey(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    routine: model.belongsTo(() => Routine, { mappedBy: "discount_amounts" }),
  })
  .indexes([
    {
      on: ["routine_id", "currency_code"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
  .checks([
    {
      name: "routine_discount_amount_non_negative",
      expression: (columns) => `${columns.amount} >= 0`,
    },
  ])
