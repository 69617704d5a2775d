import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  isOfferedTo,
  ROUTINE_AVAILABILITY_FIELDS,
  type RoutineAvailabilityFields,
  type RoutineShopper,
} from "../../lib/routine-availability"

/**
 * The ids of the published routines offered to the shopper now. A store
 * holds tens of routines, not thousands: reading their schedules and links
 * once and deciding with the one rule keeps a list's pages and counts exact
 * (a link cannot be filtered on in the list's own query).
 */
export const offeredRoutineIds = async (query: Omit<RemoteQueryFunction, symbol>, shopper: RoutineShopper) => {
  const { data } = await query.graph({
    entity: "routine",
    fields: ["id", ...ROUTINE_AVAILABILITY_FIELDS],
    filters: { status: "published" as const },
  })
  const now = new Date()
  return (data as (RoutineAvailabilityFields & { id: string })[]).filter((r) => isOfferedTo(r, shopper, now)).map((r) => r.id)
}
