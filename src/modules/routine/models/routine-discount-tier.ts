import { model } from "@medusajs/framework/utils"
import { Routine } from "./routine"

// "3 steps 5 %, 4 steps 10 %, all 5 steps 15 %": the percentage a bundle
// gets by how many of the routine's steps it holds.
export const RoutineDiscountTier = model
  .define("routine_discount_tier", {
    id: model.id({ prefix: "rtntier" }).primaryKey(),
    min_steps: model.number(),
    percentage: model.bigNumber(),
    routine: model.belongsTo(() => Routine, { mappedBy: "discount_tiers" }),
  })
  .indexes([{ on: ["routine_id", "min_steps"], unique: true, where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "routine_discount_tier_range",
      expression: (columns) =>
        `${columns.min_steps} >= 1 AND ${columns.percentage} >= 0 AND ${columns.percentage} <= 100`,
    },
  ])
