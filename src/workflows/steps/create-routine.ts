import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type CreateRoutineStepInput = {
  handle: string
  title: string
  description?: string | null
  status?: "draft" | "published"
  discount_type?: "percentage" | "fixed"
  discount_value?: number
  metadata?: Record<string, unknown> | null
}

export const createRoutineStepId = "create-routine"

export const createRoutineStep = createStep(
  createRoutineStepId,
  async (input: CreateRoutineStepInput, { container }) => {
    const routine = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .createRoutines(input)
    return new StepResponse(routine, routine.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutines([id])
  }
)
