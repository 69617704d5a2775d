import { model } from "@medusajs/framework/utils"
import { Routine } from "./routine"
import { RoutineBundleItem } from "./routine-bundle-item"

// The source of truth for a bundle in a cart: line metadata can be edited by
// the shopper, this record cannot.
export const RoutineBundle = model
  .define("routine_bundle", {
    id: model.id({ prefix: "rbndl" }).primaryKey(),
    cart_id: model.text(),
    currency_code: model.text(),
    quantity: model.number(),
    subtotal: model.bigNumber(),
    discount_total: model.bigNumber(),
    total: model.bigNumber(),
    routine: model.belongsTo(() => Routine, { mappedBy: "bundles" }),
    items: model.hasMany(() => RoutineBundleItem, { mappedBy: "bundle" }),
  })
  .cascades({ delete: ["items"] })
  .indexes([{ on: ["cart_id"], where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "routine_bundle_quantity_positive",
      expression: (columns) => `${columns.quantity} >= 1`,
    },
  ])
