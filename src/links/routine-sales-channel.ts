import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import RoutineModule from "../modules/routine"

// The sales channels a routine is sold in. None linked: every channel its
// products are sold in (src/lib/routine-availability.ts).
export default defineLink(
  { linkable: RoutineModule.linkable.routine, isList: true },
  { linkable: SalesChannelModule.linkable.salesChannel, isList: true }
)
