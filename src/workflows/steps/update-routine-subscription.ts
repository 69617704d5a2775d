import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineSubscription } from "../../types/subscription"

/** The fields of a subscription its management changes (dates as ISO strings, as workflows pass them). */
export type RoutineSubscriptionUpdate = { id: string } & Partial<
  Pick<
    RoutineSubscription,
    | "status"
    | "interval_weeks"
    | "choice"
    | "next_renewal_at"
    | "price_notice"
    | "checkin_requested_at"
    | "last_failure_reason"
    | "last_failure_message"
    | "paused_at"
    | "cancelled_at"
    | "cancel_reason"
    | "cancel_note"
  >
>

type ServiceUpdate = Parameters<RoutineModuleService["updateRoutineSubscriptions"]>[0] & { id: string }

const DATES = new Set(["next_renewal_at", "checkin_requested_at", "paused_at", "cancelled_at"])

/** The module takes dates as Date. */
const toRecord = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [key, DATES.has(key) && typeof value === "string" ? new Date(value) : value])
  ) as ServiceUpdate

export const updateRoutineSubscriptionStepId = "update-routine-subscription"

/**
 * Writes the fields given; the compensation writes back what they were
 * (read just before, only those fields).
 */
export const updateRoutineSubscriptionStep = createStep(
  updateRoutineSubscriptionStepId,
  async (update: RoutineSubscriptionUpdate, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const keys = Object.keys(update).filter((key) => key !== "id")
    const before = (await service.retrieveRoutineSubscription(update.id, { select: ["id", ...keys] })) as unknown as Record<string, unknown>
    const previous = toRecord(Object.fromEntries([["id", update.id], ...keys.map((key) => [key, before[key] ?? null])]))
    const updated = await service.updateRoutineSubscriptions(toRecord(update))
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.updateRoutineSubscriptions(previous)
  }
)
