import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineChangeRecord } from "../../modules/routine/service"
import { changedFields, fieldsOf } from "../utils/history"
import type { CreateRoutineStepInput } from "./create-routine"

/** A routine's own fields; its offer changes through set-routine-offer.ts. */
export type RoutineOwnFields = Pick<CreateRoutineStepInput, "status" | (typeof OWN_FIELDS)[number]>

/** The routine's page: its schedule, image and SEO texts. */
export const PAGE_FIELDS = ["starts_at", "ends_at", "thumbnail", "seo_title", "seo_description"] as const

/** The routine's own fields but its status (recorded as publication). */
export const OWN_FIELDS = ["handle", "title", "description", ...PAGE_FIELDS, "metadata"] as const

export type UpdateRoutineStepInput = {
  id: string
  update: Partial<RoutineOwnFields>
  changed_by?: string | null
}

export const updateRoutineStepId = "update-routine"

/**
 * Updates a routine's own fields (not its offer) with their history: a
 * change of status is recorded as publication, the rest as the routine's.
 * The compensation writes back what was there before and removes both.
 */
export const updateRoutineStep = createStep(
  updateRoutineStepId,
  async ({ id, update, changed_by }: UpdateRoutineStepInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { result, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const previous = await service.retrieveRoutine(id, {}, context)
      const routine = await service.updateRoutines({ id, ...update }, context)
      const own = changedFields(previous, routine, OWN_FIELDS)
      const publication = changedFields(previous, routine, ["status"])
      const changes: RoutineChangeRecord[] = [
        ...(own ? [{ subject: "routine" as const, action: "update" as const, routine_id: id, target_id: id, ...own }] : []),
        ...(publication
          ? [{ subject: "publication" as const, action: "update" as const, routine_id: id, target_id: id, ...publication }]
          : []),
      ]
      return { result: { routine, previous: { id, ...fieldsOf(previous, [...OWN_FIELDS, "status"]) } }, changes }
    })
    return new StepResponse(result.routine, { previous: result.previous, change_ids })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) => service.updateRoutines(undo.previous, context))
  }
)
