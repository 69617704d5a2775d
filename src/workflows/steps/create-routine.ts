import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { DiscountType, PromotionPolicy, RoutineStatus } from "../../types"

export type CreateRoutineStepInput = {
  handle: string
  title: string
  description?: string | null
  status?: RoutineStatus
  discount_type?: DiscountType
  discount_value?: number
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
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
