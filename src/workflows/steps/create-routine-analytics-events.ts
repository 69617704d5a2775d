import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type RoutineAnalyticsEventInput = Parameters<RoutineModuleService["createRoutineAnalyticsEvents"]>[0] extends
  | (infer T)[]
  | infer T
  ? T
  : never

/** Writes analytics facts; compensation deletes them. */
export const createRoutineAnalyticsEventsStep = createStep(
  "create-routine-analytics-events",
  async (events: RoutineAnalyticsEventInput[], { container }) => {
    if (!events.length) {
      return new StepResponse([] as string[], [] as string[])
    }
    const created = await container.resolve<RoutineModuleService>(ROUTINE_MODULE).createRoutineAnalyticsEvents(events)
    const ids = created.map((e) => e.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineAnalyticsEvents(ids)
    }
  }
)
