import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import RoutineModule from "../modules/routine"

// The customer groups a routine is sold to, as a price list's group rule.
// None linked: every shopper (src/lib/routine-availability.ts).
export default defineLink(
  { linkable: RoutineModule.linkable.routine, isList: true },
  { linkable: CustomerModule.linkable.customerGroup, isList: true }
)
