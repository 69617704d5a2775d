import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { changedFields, fieldsOf } from "../utils/history"
import { CARE_STEP_FIELDS, type CreateCareStepStepInput } from "./create-care-steps"

export type UpdateCareStepStepInput = {
  id: string
  update: Partial<Pick<CreateCareStepStepInput, "handle" | "title" | "guidance" | "optional" | "metadata">>
  changed_by?: string | null
}

export const updateCareStepStepId = "update-care-step"

/**
 * Updates a care step with its history entry (the fields that changed);
 * the compensation writes back what was there and removes the entry.
 */
export const updateCareStepStep = createStep(
  updateCareStepStepId,
  async ({ id, update, changed_by }: UpdateCareStepStepInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const previous = await service.retrieveCareStep(id, {}, context)
      const step = await service.updateCareSteps({ id, ...update }, context)
      const changed = changedFields(previous, step, CARE_STEP_FIELDS)
      return {
        result: { step, previous: { id, ...fieldsOf(previous, ["handle", "title", "guidance", "optional", "metadata"]) } },
        changes: changed
          ? [{ subject: "step" as const, action: "update" as const, routine_id: step.routine_id, target_id: id, ...changed }]
          : [],
      }
    })
    return new StepResponse(result.step, { previous: result.previous, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.updateCareSteps(undo.previous, context))
  }
)
