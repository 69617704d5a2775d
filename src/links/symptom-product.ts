import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import RoutineModule from "../modules/routine"

// The products that address a symptom.
export default defineLink(
  { linkable: RoutineModule.linkable.symptom, isList: true },
  { linkable: ProductModule.linkable.product, isList: true }
)
