import { nextScheduleBoundary, scheduleState, type RoutineSchedule } from "./routine-schedule"

/**
 * Who may buy a routine, and when: the one rule every store route and cart
 * workflow applies before it sells a bundle. Pure, so the checklist, the
 * page cache and the tests read the same rule.
 *
 * A routine is offered to a shopper when it is published, live by its
 * schedule (see routine-schedule.ts), sold in the shopper's sales channel
 * (no channel linked: every channel its products are sold in) and to one of
 * the shopper's customer groups (no group linked: every shopper, as a price
 * list without a group rule).
 */

type Linked = ({ id: string } | null)[] | null | undefined

/** A routine as the rule reads it: status, schedule and its linked channels and groups. */
export type RoutineAvailabilityFields = RoutineSchedule & {
  status: string
  sales_channels?: Linked
  customer_groups?: Linked
}

/** The shopper as the rule reads them: the channels the request sells in, and their customer groups (none for a guest). */
export type RoutineShopper = {
  sales_channel_ids: string[]
  customer_group_ids: string[]
}

/** Why a routine is not offered to a shopper now. */
export type RoutineRefusal = "draft" | "scheduled" | "ended" | "sales_channel" | "customer_group"

const ids = (linked: Linked) => (linked ?? []).flatMap((l) => (l ? [l.id] : []))

/** Why the routine is not offered to the shopper at `at`; null when it is. */
export const routineRefusal = (
  routine: RoutineAvailabilityFields,
  shopper: RoutineShopper,
  at: Date
): RoutineRefusal | null => {
  if (routine.status !== "published") return "draft"
  const state = scheduleState(routine, at)
  if (state !== "live") return state
  const channels = ids(routine.sales_channels)
  if (channels.length && !channels.some((id) => shopper.sales_channel_ids.includes(id))) return "sales_channel"
  const groups = ids(routine.customer_groups)
  if (groups.length && !groups.some((id) => shopper.customer_group_ids.includes(id))) return "customer_group"
  return null
}

export const isOfferedTo = (routine: RoutineAvailabilityFields, shopper: RoutineShopper, at: Date) =>
  routineRefusal(routine, shopper, at) === null

/** The fields a query.graph read of a routine needs for the rule. */
export const ROUTINE_AVAILABILITY_FIELDS = ["status", "starts_at", "ends_at", "sales_channels.id", "customer_groups.id"]

/** Until when an answer about routines offered at `at` holds by their schedules; null: no schedule will change it. */
export const offeredUntil = (routines: RoutineSchedule[], at: Date): Date | null =>
  routines
    .map((r) => nextScheduleBoundary(r, at))
    .reduce<Date | null>((first, next) => (next && (!first || next < first) ? next : first), null)
