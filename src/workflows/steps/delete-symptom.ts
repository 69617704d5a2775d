import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { fieldsOf, type ChangedBy } from "../utils/history"
import { SYMPTOM_FIELDS } from "./create-symptom"

export const deleteSymptomStepId = "delete-symptom"

/**
 * Soft-deletes a symptom with its history entry (the symptom as it was);
 * the compensation restores it and removes the entry.
 */
export const deleteSymptomStep = createStep(
  deleteSymptomStepId,
  async ({ id, changed_by }: { id: string } & ChangedBy, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const symptom = await service.retrieveSymptom(id, {}, context)
      await service.softDeleteSymptoms([id], {}, context)
      return {
        result: undefined,
        changes: [
          {
            subject: "symptom" as const,
            action: "delete" as const,
            routine_id: null,
            target_id: id,
            before: fieldsOf(symptom, SYMPTOM_FIELDS),
            after: null,
          },
        ],
      }
    })
    return new StepResponse(void 0, { id, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.restoreSymptoms([undo.id], {}, context))
  }
)
