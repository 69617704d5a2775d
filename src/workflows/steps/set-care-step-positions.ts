import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { CareStepPosition } from "../../modules/routine/service"

export type { CareStepPosition }

export type SetCareStepPositionsStepInput = {
  routine_id: string
  /** Only the steps that move; with the others they end on distinct positions. */
  positions: CareStepPosition[]
}

export const setCareStepPositionsStepId = "set-care-step-positions"

/**
 * Moves care steps of one routine to new positions (one transaction in the
 * module); a later failure in the workflow moves them back.
 */
export const setCareStepPositionsStep = createStep(
  setCareStepPositionsStepId,
  async (input: SetCareStepPositionsStepInput, { container }) => {
    if (!input.positions.length) {
      return new StepResponse(void 0)
    }
    const routineService = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const previous = await routineService.listCareSteps(
      { id: input.positions.map((p) => p.id) },
      { select: ["id", "position"] }
    )
    await routineService.moveCareSteps(input.routine_id, input.positions)
    return new StepResponse(void 0, {
      routine_id: input.routine_id,
      positions: previous.map(({ id, position }) => ({ id, position })),
    })
  },
  async (previous, { container }) => {
    if (!previous?.positions.length) {
      return
    }
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .moveCareSteps(previous.routine_id, previous.positions)
  }
)
