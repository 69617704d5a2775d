import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { changedFields, fieldsOf, type ChangedBy } from "../utils/history"
import { SYMPTOM_FIELDS, type CreateSymptomStepInput } from "./create-symptom"

export type UpdateSymptomStepInput = {
  id: string
  update: Partial<CreateSymptomStepInput>
} & ChangedBy

export const updateSymptomStepId = "update-symptom"

/**
 * Updates a symptom with its history entry (the fields that changed); the
 * compensation writes back what was there and removes the entry.
 */
export const updateSymptomStep = createStep(
  updateSymptomStepId,
  async ({ id, update, changed_by }: UpdateSymptomStepInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const previous = await service.retrieveSymptom(id, {}, context)
      const symptom = await service.updateSymptoms({ id, ...update }, context)
      const changed = changedFields(previous, symptom, SYMPTOM_FIELDS)
      return {
        result: { symptom, previous: { id, ...fieldsOf(previous, SYMPTOM_FIELDS) } },
        changes: changed
          ? [{ subject: "symptom" as const, action: "update" as const, routine_id: null, target_id: id, ...changed }]
          : [],
      }
    })
    return new StepResponse(result.symptom, { previous: result.previous, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.updateSymptoms(undo.previous, context))
  }
)
