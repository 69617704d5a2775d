import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { SubscriptionRenewalStatus } from "../../types/subscription"

export type SkippableRenewal = { id: string; status: SubscriptionRenewalStatus; retry_at: string | null }

export type SkipRoutineSubscriptionRenewalStepInput = {
  subscription_id: string
  due_at: string
  /** The renewal already recorded for that date (waiting for a retry, or given up), if any. */
  existing: SkippableRenewal | null
}

export const skipRoutineSubscriptionRenewalStepId = "skip-routine-subscription-renewal"

/**
 * Records the refill of `due_at` as skipped: the renewal row is the
 * once-only key of that date, so the job never orders it afterwards. A row
 * already there (a renewal waiting for its retry) becomes skipped; the
 * compensation deletes the row it made or puts the old status back.
 */
export const skipRoutineSubscriptionRenewalStep = createStep(
  skipRoutineSubscriptionRenewalStepId,
  async ({ subscription_id, due_at, existing }: SkipRoutineSubscriptionRenewalStepInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    if (existing) {
      const renewal = await service.updateRoutineSubscriptionRenewals({ id: existing.id, status: "skipped", retry_at: null })
      return new StepResponse(renewal, { created: null as string | null, restore: existing as SkippableRenewal | null })
    }
    const renewal = await service.createRoutineSubscriptionRenewals({
      subscription_id,
      due_at: new Date(due_at),
      status: "skipped",
    })
    return new StepResponse(renewal, { created: renewal.id as string | null, restore: null as SkippableRenewal | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    if (undo.created) await service.deleteRoutineSubscriptionRenewals(undo.created)
    if (undo.restore) {
      const { id, status, retry_at } = undo.restore
      await service.updateRoutineSubscriptionRenewals({ id, status, retry_at: retry_at ? new Date(retry_at) : null })
    }
  }
)
