import { model } from "@medusajs/framework/utils"
import { Routine } from "./routine"

export const CareStep = model
  .define("care_step", {
    id: model.id({ prefix: "cstep" }).primaryKey(),
    position: model.number(),
    handle: model.text(),
    title: model.text().searchable().translatable(),
    guidance: model.text().translatable().nullable(),
    optional: model.boolean().default(false),
    metadata: model.json().nullable(),
    routine: model.belongsTo(() => Routine, { mappedBy: "steps" }),
  })
  .indexes([
    {
      on: ["routine_id", "position"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["routine_id", "handle"], unique: true, where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "care_step_position_positive",
      expression: (columns) => `${columns.position} >= 1`,
    },
  ])
