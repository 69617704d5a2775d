import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import RoutineModule from "../modules/routine"

// A step's candidate products. `is_default` is the merchandiser's pick and
// `rank` orders the candidates when symptoms do not decide.
export default defineLink(
  { linkable: RoutineModule.linkable.careStep, isList: true },
  { linkable: ProductModule.linkable.product, isList: true },
  {
    database: {
      extraColumns: {
        is_default: { type: "boolean", defaultValue: "false" },
        rank: { type: "integer", defaultValue: "0" },
      },
    },
  }
)
