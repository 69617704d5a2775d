import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

/** Soft-deletes bundles with their items; compensation restores them. */
export const deleteRoutineBundlesStep = createStep(
  "delete-routine-bundles",
  async (ids: string[], { container }) => {
    if (!ids.length) {
      return new StepResponse(void 0, [])
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).softDeleteRoutineBundles(ids)
    return new StepResponse(void 0, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).restoreRoutineBundles(ids)
  }
)
