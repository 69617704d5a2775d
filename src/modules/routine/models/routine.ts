import { model } from "@medusajs/framework/utils"
import { DISCOUNT_TYPES, ROUTINE_STATUSES } from "../../../types/routine"
import { CareStep } from "./care-step"
import { RoutineDiscountAmount } from "./routine-discount-amount"
import { RoutineBundle } from "./routine-bundle"

export const Routine = model
  .define("routine", {
    id: model.id({ prefix: "rtn" }).primaryKey(),
    handle: model.text().searchable(),
    title: model.text().searchable(),
    description: model.text().nullable(),
    status: model.enum([...ROUTINE_STATUSES]).default("draft"),
    // For `percentage` the value is the percent off the subtotal; for `fixed`
    // the amounts live per currency in `discount_amounts`.
    discount_type: model.enum([...DISCOUNT_TYPES]).default("percentage"),
    discount_value: model.bigNumber().default(0),
    metadata: model.json().nullable(),
    steps: model.hasMany(() => CareStep, { mappedBy: "routine" }),
    discount_amounts: model.hasMany(() => RoutineDiscountAmount, {
      mappedBy: "routine",
    }),
    bundles: model.hasMany(() => RoutineBundle, { mappedBy: "routine" }),
  })
  .cascades({ delete: ["steps", "discount_amounts"] })
  .indexes([
    { on: ["handle"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "routine_discount_value_range",
      expression: (columns) =>
        `${columns.discount_value} >= 0 AND (${columns.discount_type} <> 'percentage' OR ${columns.discount_value} <= 100)`,
    },
  ])
