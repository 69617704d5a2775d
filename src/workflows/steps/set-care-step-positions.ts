import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { Context } from "@medusajs/framework/types"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CareStepPosition } from "../../modules/routine/service"
import type { ChangedBy } from "../utils/history"

export type { CareStepPosition }

export type SetCareStepPositionsStepInput = {
  routine_id: string
  /** Only the steps that move; with the others they end on distinct positions. */
  positions: CareStepPosition[]
  /**
   * Record the move in the routine's history as a new order of its steps
   * (a reorder); omitted when the move only makes room for a step added or
   * closes the gap of one removed, which their own entries record.
   */
  record?: ChangedBy
}

export const setCareStepPositionsStepId = "set-care-step-positions"

/**
 * Moves care steps of one routine to new positions (one transaction in the
 * module, with the history entry when asked); a later failure in the
 * workflow moves them back and removes the entry.
 */
export const setCareStepPositionsStep = createStep(
  setCareStepPositionsStepId,
  async (input: SetCareStepPositionsStepInput, { container }) => {
    if (!input.positions.length) {
      return new StepResponse(void 0)
    }
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const order = async (context: Context) =>
      (await service.listCareSteps({ routine_id: input.routine_id }, { select: ["id", "position"], order: { position: "ASC" } }, context))
    const { result: previous, change_ids } = await service.writeWithHistory(input.record?.changed_by ?? null, async (context) => {
      const before = await order(context)
      await service.moveCareSteps(input.routine_id, input.positions, context)
      const moved = new Set(input.positions.map((p) => p.id))
      const result = before.filter((s) => moved.has(s.id)).map(({ id, position }) => ({ id, position }))
      if (!input.record) return { result, changes: [] }
      const after = await order(context)
      return {
        result,
        changes: [
          {
            subject: "step_order" as const,
            action: "update" as const,
            routine_id: input.routine_id,
            target_id: input.routine_id,
            before: { step_ids: before.map((s) => s.id) },
            after: { step_ids: after.map((s) => s.id) },
          },
        ],
      }
    })
    return new StepResponse(void 0, { routine_id: input.routine_id, positions: previous, change_ids })
  },
  async (undo, { container }) => {
    if (!undo?.positions.length) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) =>
      service.moveCareSteps(undo.routine_id, undo.positions, context)
    )
  }
)
