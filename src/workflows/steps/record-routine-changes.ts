import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineChangeRecord } from "../../modules/routine/service"
import type { ChangedBy } from "../utils/history"

export const recordRoutineChangesStepId = "record-routine-changes"

/**
 * Records changes made through module links (a step's candidate products,
 * a symptom's products). Links live in Medusa's link tables, which the
 * routine module's transaction cannot reach, so the entry is written right
 * after the links under the same routine lock, and removed if the workflow
 * rolls back. Every change to the module's own rows is recorded in its own
 * transaction instead (RoutineModuleService.writeWithHistory).
 */
export const recordRoutineChangesStep = createStep(
  recordRoutineChangesStepId,
  async ({ changes, changed_by }: { changes: RoutineChangeRecord[] } & ChangedBy, { container }) => {
    if (!changes.length) return new StepResponse(void 0, [] as string[])
    const { change_ids } = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .writeWithHistory(changed_by ?? null, async () => ({ result: undefined, changes }))
    return new StepResponse(void 0, change_ids)
  },
  async (changeIds, { container }) => {
    if (!changeIds?.length) return
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineChanges(changeIds)
  }
)
