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
 *
 * A side the merchant restricted stays restricted when the channels or
 * groups it names are deleted (core drops a deleted channel's links, and a
 * deleted group comes back as null): it then sells to no one, never to
 * everyone. Links without the flag (made before it existed) restrict too.
 */

type Linked = ({ id: string } | null)[] | null | undefined

/** A routine as the rule reads it: status, schedule and its linked channels and groups. */
export type RoutineAvailabilityFields = RoutineSchedule & {
  status: string
  sales_channels_restricted?: boolean | null
  customer_groups_restricted?: boolean | null
  sales_channels?: Linked
  customer_groups?: Linked
}

/** The shopper as the rule reads them: the channels the request sells in, and their customer groups (none for a guest). */
export type RoutineShopper = {
  sales_channel_ids: string[]
  customer_group_ids: string[]
}

/**
 * Whether a cart's customer's groups are the shopper's: only when that
 * customer is the request's signed-in one. A signed-out request may create a
 * cart naming any registered customer's email (core then links the cart to
 * them), so a guest never gets a members' routine that way.
 */
export const cartGroupsCount = (cartCustomerId: string | null | undefined, signedInCustomerId: string | null | undefined) =>
  !!signedInCustomerId && cartCustomerId === signedInCustomerId

/** Why a routine is not offered to a shopper now. */
export type RoutineRefusal = "draft" | "scheduled" | "ended" | "sales_channel" | "customer_group"

const ids = (linked: Linked) => (linked ?? []).flatMap((l) => (l ? [l.id] : []))

/** Whether one side (channels or groups) lets the shopper's ids through. */
const admits = (restricted: boolean | null | undefined, linked: Linked, shopperIds: string[]) => {
  const live = ids(linked)
  return !(restricted || live.length) || live.some((id) => shopperIds.includes(id))
}

/** What the admin and the checklist say of a restricted side whose channels or groups were all deleted. */
export const ORPHANED_RESTRICTION_NOTES = {
  sales_channels: "Sold only in a sales channel that no longer exists: pick another or sell in every channel.",
  customer_groups: "Sold only to customers in a group that no longer exists: pick another or sell to everyone.",
} as const

/**
 * The notes for the sides restricted by the merchant whose every linked
 * channel or group was deleted since: the routine is offered to no one
 * there until they pick another or sell to everyone.
 */
export const orphanedRestrictionNotes = (
  routine: Pick<RoutineAvailabilityFields, "sales_channels" | "customer_groups" | "sales_channels_restricted" | "customer_groups_restricted">
): string[] => [
  ...(routine.sales_channels_restricted && !ids(routine.sales_channels).length ? [ORPHANED_RESTRICTION_NOTES.sales_channels] : []),
  ...(routine.customer_groups_restricted && !ids(routine.customer_groups).length ? [ORPHANED_RESTRICTION_NOTES.customer_groups] : []),
]

/** Why the routine is not offered to the shopper at `at`; null when it is. */
export const routineRefusal = (
  routine: RoutineAvailabilityFields,
  shopper: RoutineShopper,
  at: Date
): RoutineRefusal | null => {
  if (routine.status !== "published") return "draft"
  const state = scheduleState(routine, at)
  if (state !== "live") return state
  if (!admits(routine.sales_channels_restricted, routine.sales_channels, shopper.sales_channel_ids)) return "sales_channel"
  if (!admits(routine.customer_groups_restricted, routine.customer_groups, shopper.customer_group_ids)) return "customer_group"
  return null
}

export const isOfferedTo = (routine: RoutineAvailabilityFields, shopper: RoutineShopper, at: Date) =>
  routineRefusal(routine, shopper, at) === null

/** The fields a query.graph read of a routine needs for the rule. */
export const ROUTINE_AVAILABILITY_FIELDS = [
  "status",
  "starts_at",
  "ends_at",
  "sales_channels_restricted",
  "customer_groups_restricted",
  "sales_channels.id",
  "customer_groups.id",
]

/** Until when an answer about routines offered at `at` holds by their schedules; null: no schedule will change it. */
export const offeredUntil = (routines: RoutineSchedule[], at: Date): Date | null =>
  routines
    .map((r) => nextScheduleBoundary(r, at))
    .reduce<Date | null>((first, next) => (next && (!first || next < first) ? next : first), null)
