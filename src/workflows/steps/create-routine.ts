import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { DiscountType, PromotionPolicy, RoutineStatus } from "../../types"
import { fieldsOf } from "../utils/history"
import { OWN_FIELDS, type RoutineOwnFields } from "./update-routine"

export type CreateRoutineStepInput = {
  handle: string
  title: string
  description?: string | null
  status?: RoutineStatus
  discount_type?: DiscountType
  discount_value?: number
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
  /** Its schedule, image and SEO texts. */
  starts_at?: Date | null
  ends_at?: Date | null
  thumbnail?: string | null
  seo_title?: string | null
  seo_description?: string | null
  metadata?: Record<string, unknown> | null
}

export const createRoutineStepId = "create-routine"

/**
 * Creates a routine with its history entry (its own fields; its offer is
 * recorded by set-routine-offer). The compensation deletes both.
 */
export const createRoutineStep = createStep(
  createRoutineStepId,
  async ({ changed_by, ...input }: RoutineOwnFields & { changed_by?: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result: routine, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const routine = await service.createRoutines(input, context)
      // A new routine is a draft unless created published (the column's default).
      const after = fieldsOf({ ...routine, status: routine.status ?? "draft" }, [...OWN_FIELDS, "status"])
      return {
        result: routine,
        changes: [{ subject: "routine" as const, action: "create" as const, routine_id: routine.id, target_id: routine.id, before: null, after }],
      }
    })
    return new StepResponse(routine, { id: routine.id, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.deleteRoutines([undo.id], context))
  }
)
