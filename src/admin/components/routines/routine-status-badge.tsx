import { StatusBadge } from "@medusajs/ui"
import { scheduleState } from "../../../lib/routine-schedule"
import type { AdminRoutine, RoutineStatus, ScheduleState } from "../../../types"
import { formatInstant } from "../../lib/format"

export const RoutineStatusBadge = ({ status }: { status: RoutineStatus }) => (
  <StatusBadge color={status === "published" ? "green" : "grey"}>
    {status === "published" ? "Published" : "Draft"}
  </StatusBadge>
)

type Scheduled = Pick<AdminRoutine, "status" | "starts_at" | "ends_at">

// Checked against the states' type: a state missing here does not compile.
const SCHEDULE_BADGES = {
  scheduled: { color: "orange", label: "Scheduled" },
  live: { color: "blue", label: "Live" },
  ended: { color: "grey", label: "Ended" },
} as const satisfies Record<ScheduleState, { color: "orange" | "blue" | "grey"; label: string }>

/** Where a published routine with a schedule stands now; null for a draft or a routine with no dates. */
export const routineScheduleState = ({ status, starts_at, ends_at }: Scheduled): ScheduleState | null =>
  status === "published" && (starts_at || ends_at)
    ? scheduleState({ starts_at: starts_at ?? null, ends_at: ends_at ?? null }, new Date())
    : null

/** The schedule in words: "From 1 Jun 2027, 09:00 until 1 Jul 2027, 00:00". */
export const describeSchedule = ({ starts_at, ends_at }: Scheduled) =>
  [starts_at && `From ${formatInstant(starts_at)}`, ends_at && `${starts_at ? "until" : "Until"} ${formatInstant(ends_at)}`]
    .filter(Boolean)
    .join(" ") || "Whenever it is published"

/**
 * Beside the status badge: Scheduled, Live or Ended for a published routine
 * that has dates (a published one without is simply live).
 */
export const RoutineScheduleBadge = ({ routine }: { routine: Scheduled }) => {
  const state = routineScheduleState(routine)
  if (!state) return null
  const { color, label } = SCHEDULE_BADGES[state]
  return (
    <StatusBadge color={color} title={describeSchedule(routine)} data-testid="routine-schedule-state">
      {label}
    </StatusBadge>
  )
}
