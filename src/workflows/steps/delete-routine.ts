import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { fieldsOf } from "../utils/history"

export const deleteRoutineStepId = "delete-routine"

/**
 * Soft-deletes a routine with its history entry (the routine and its offer
 * as they were); its steps and discount amounts follow by cascade and come
 * back with it when the compensation restores it and removes the entry.
 */
export const deleteRoutineStep = createStep(
  deleteRoutineStepId,
  async ({ id, changed_by }: { id: string; changed_by?: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const routine = await service.retrieveRoutine(id, {}, context)
      const offer = await service.retrieveRoutineOffer(id, context)
      await service.softDeleteRoutines([id], {}, context)
      const before = { ...fieldsOf(routine, ["handle", "title", "description", "status", "metadata"]), offer }
      return {
        result: undefined,
        changes: [{ subject: "routine" as const, action: "delete" as const, routine_id: id, target_id: id, before, after: null }],
      }
    })
    return new StepResponse(void 0, { id, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.restoreRoutines([undo.id], {}, context))
  }
)
