import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { fieldsOf, type ChangedBy } from "../utils/history"

export type CreateSymptomStepInput = {
  handle: string
  name: string
  description?: string | null
  metadata?: Record<string, unknown> | null
}

/** A symptom's fields as the history shows them. */
export const SYMPTOM_FIELDS = ["handle", "name", "description", "metadata"] as const

export const createSymptomStepId = "create-symptom"

/** Creates a symptom with its history entry; the compensation deletes both. */
export const createSymptomStep = createStep(
  createSymptomStepId,
  async ({ changed_by, ...input }: CreateSymptomStepInput & ChangedBy, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result: symptom, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const symptom = await service.createSymptoms(input, context)
      return {
        result: symptom,
        changes: [
          {
            subject: "symptom" as const,
            action: "create" as const,
            routine_id: null,
            target_id: symptom.id,
            before: null,
            after: fieldsOf(symptom, SYMPTOM_FIELDS),
          },
        ],
      }
    })
    return new StepResponse(symptom, { id: symptom.id, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.deleteSymptoms([undo.id], context))
  }
)
