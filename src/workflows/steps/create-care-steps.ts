import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { fieldsOf } from "../utils/history"

export type CreateCareStepStepInput = {
  routine_id: string
  position: number
  handle: string
  title: string
  guidance?: string | null
  optional?: boolean
  metadata?: Record<string, unknown> | null
}

/** A step's fields as its routine's history shows them. */
export const CARE_STEP_FIELDS = ["handle", "title", "guidance", "optional", "position", "metadata"] as const

export const createCareStepsStepId = "create-care-steps"

/** Creates care steps of one routine, each with its history entry; the compensation deletes them and their entries. */
export const createCareStepsStep = createStep(
  createCareStepsStepId,
  async ({ steps, changed_by }: { steps: CreateCareStepStepInput[]; changed_by?: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result: created, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const created = await service.createCareSteps(steps, context)
      return {
        result: created,
        changes: created.map((step, index) => ({
          subject: "step" as const,
          action: "create" as const,
          routine_id: steps[index].routine_id,
          target_id: step.id,
          before: null,
          // A step is required unless made optional (the column's default).
          after: fieldsOf({ ...step, optional: step.optional ?? false }, CARE_STEP_FIELDS),
        })),
      }
    })
    return new StepResponse(created, { ids: created.map((s) => s.id), change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.deleteCareSteps(undo.ids, context))
  }
)
