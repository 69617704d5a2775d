import { model } from "@medusajs/framework/utils"
import { RoutineBundle } from "./routine-bundle"

export const RoutineBundleItem = model
  .define("routine_bundle_item", {
    id: model.id({ prefix: "rbitem" }).primaryKey(),
    /** The cart line holding this item. */
    line_item_id: model.text().nullable(),
    /** The order line it became. */
    order_line_item_id: model.text().nullable(),
    care_step_id: model.text(),
    // The step as it was when the bundle was bought: steps can be renamed,
    // reordered or deleted later, an order's bundle must still read right.
    step_position: model.number().default(0),
    step_handle: model.text(),
    step_title: model.text(),
    product_id: model.text(),
    product_title: model.text(),
    variant_id: model.text(),
    reason: model.text(),
    /** Ids of the shopper's symptoms this product answers. */
    symptom_ids: model.array(),
    /** Units per ONE bundle. */
    quantity: model.number(),
    unit_price: model.bigNumber(),
    discounted_unit_price: model.bigNumber(),
    is_tax_inclusive: model.boolean().default(false),
    bundle: model.belongsTo(() => RoutineBundle, { mappedBy: "items" }),
  })
  .indexes([
    { on: ["line_item_id"], where: "deleted_at IS NULL" },
  ])
