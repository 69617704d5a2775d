import { model } from "@medusajs/framework/utils"

export const Symptom = model
  .define("symptom", {
    id: model.id({ prefix: "symp" }).primaryKey(),
    handle: model.text().searchable(),
    name: model.text().searchable().translatable(),
    description: model.text().translatable().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["handle"], unique: true, where: "deleted_at IS NULL" }])
