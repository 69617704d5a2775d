/**
 * When a published routine is on sale: from `starts_at` (null: already)
 * until `ends_at` (null: for good). Pure, so the store routes, the carts,
 * the page cache, the admin and the storefront read one rule.
 */

export const SCHEDULE_STATES = ["scheduled", "live", "ended"] as const
export type ScheduleState = (typeof SCHEDULE_STATES)[number]

/** A routine's schedule as the database (Date) or a JSON response (ISO string) carries it. */
export type RoutineSchedule = {
  starts_at: Date | string | null
  ends_at: Date | string | null
}

const instant = (value: Date | string | null): number | null =>
  value == null ? null : new Date(value).getTime()

/** The schedule as JSON carries it: ISO 8601 instants. */
export const scheduleJson = (schedule: RoutineSchedule): { starts_at: string | null; ends_at: string | null } => ({
  starts_at: schedule.starts_at == null ? null : new Date(schedule.starts_at).toISOString(),
  ends_at: schedule.ends_at == null ? null : new Date(schedule.ends_at).toISOString(),
})

/**
 * Whether a schedule can be saved: an end at or before the start would
 * leave the routine never on sale (the model's `routine_schedule_order` check).
 */
export const scheduleInOrder = (schedule: RoutineSchedule): boolean => {
  const start = instant(schedule.starts_at)
  const end = instant(schedule.ends_at)
  return start == null || end == null || end > start
}

/**
 * Where a published routine stands at `at`: `scheduled` before its start,
 * `ended` from its end on, `live` in between. The start is inclusive and the
 * end exclusive, so at every instant exactly one state holds.
 */
export const scheduleState = (schedule: RoutineSchedule, at: Date): ScheduleState => {
  const now = at.getTime()
  const start = instant(schedule.starts_at)
  const end = instant(schedule.ends_at)
  if (start != null && now < start) return "scheduled"
  if (end != null && now >= end) return "ended"
  return "live"
}

/**
 * The next instant after `at` at which `scheduleState` changes, or null when
 * it never will: what a cached routine page may live until.
 */
export const nextScheduleBoundary = (schedule: RoutineSchedule, at: Date): Date | null => {
  const now = at.getTime()
  const next = [instant(schedule.starts_at), instant(schedule.ends_at)]
    .filter((t): t is number => t != null && t > now)
    .sort((a, b) => a - b)[0]
  return next == null ? null : new Date(next)
}
