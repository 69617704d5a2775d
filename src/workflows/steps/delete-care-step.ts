import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { fieldsOf } from "../utils/history"
import { CARE_STEP_FIELDS } from "./create-care-steps"

export const deleteCareStepStepId = "delete-care-step"

/**
 * Soft-deletes a care step with its history entry (the step as it was);
 * the compensation restores it and removes the entry.
 */
export const deleteCareStepStep = createStep(
  deleteCareStepStepId,
  async ({ id, changed_by }: { id: string; changed_by?: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const step = await service.retrieveCareStep(id, {}, context)
      await service.softDeleteCareSteps([id], {}, context)
      return {
        result: undefined,
        changes: [
          {
            subject: "step" as const,
            action: "delete" as const,
            routine_id: step.routine_id,
            target_id: id,
            before: fieldsOf(step, CARE_STEP_FIELDS),
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
    await service.undoWithHistory(undo.change_ids, (context) => service.restoreCareSteps([undo.id], {}, context))
  }
)
