import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { changedFields, fieldsOf, type ChangedBy } from "../utils/history"

/** One side's channels or groups as the history shows them, with whether the side is restricted. */
export type RoutineAvailabilitySnapshot = {
  sales_channel_ids: string[]
  customer_group_ids: string[]
  sales_channels_restricted: boolean
  customer_groups_restricted: boolean
}

export type SetRoutineRestrictionsStepInput = ChangedBy & {
  id: string
  /** The live links before the change, and the routine's flags. */
  before: RoutineAvailabilitySnapshot
  after: RoutineAvailabilitySnapshot
}

const RESTRICTIONS = ["sales_channels_restricted", "customer_groups_restricted"] as const
const RECORDED = ["sales_channel_ids", "customer_group_ids", ...RESTRICTIONS] as const

export const setRoutineRestrictionsStepId = "set-routine-restrictions"

/**
 * Writes whether each side of the routine's availability is restricted and
 * records the availability change (channels and groups before and after) in
 * the routine's history, in one transaction of the routine module. The links
 * themselves are Medusa's link tables, written by the link steps just
 * before, under the same routine lock. The compensation writes the flags
 * back and removes the entry.
 */
export const setRoutineRestrictionsStep = createStep(
  setRoutineRestrictionsStepId,
  async ({ id, before, after, changed_by }: SetRoutineRestrictionsStepInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const changed = changedFields(before, after, RECORDED)
    if (!changed) return new StepResponse(void 0, null)
    const { change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      await service.updateRoutines({ id, ...fieldsOf(after, RESTRICTIONS) }, context)
      return { result: undefined, changes: [{ subject: "routine" as const, action: "update" as const, routine_id: id, target_id: id, ...changed }] }
    })
    return new StepResponse(void 0, { previous: { id, ...fieldsOf(before, RESTRICTIONS) }, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.updateRoutines(undo.previous, context))
  }
)
