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

export const createCareStepStepId = "create-care-step"

/** Creates a care step with its history entry; the compensation deletes both. */
export const createCareStepStep = createStep(
  createCareStepStepId,
  async ({ changed_by, ...input }: CreateCareStepStepInput & { changed_by?: string | null }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result: step, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const step = await service.createCareSteps(input, context)
      return {
        result: step,
        changes: [
          {
            subject: "step" as const,
            action: "create" as const,
            routine_id: input.routine_id,
            target_id: step.id,
            before: null,
            // A step is required unless made optional (the column's default).
            after: fieldsOf({ ...step, optional: step.optional ?? false }, CARE_STEP_FIELDS),
          },
        ],
      }
    })
    return new StepResponse(step, { id: step.id, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.deleteCareSteps([undo.id], context))
  }
)
