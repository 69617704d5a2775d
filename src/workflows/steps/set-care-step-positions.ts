import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"

export type CareStepPosition = { id: string; position: number }

/**
 * Live positions are unique per routine and PostgreSQL checks a unique index
 * row by row, so a swap written directly collides with itself. Every moved
 * step is first parked at its target plus this offset (a range no routine
 * reaches, and positive, so the `position >= 1` check holds), then put in place.
 */
const PARKING_OFFSET = 1_000_000

const moveCareSteps = async (
  container: MedusaContainer,
  positions: CareStepPosition[]
) => {
  const routineService = container.resolve(ROUTINE_MODULE)
  await routineService.updateCareSteps(
    positions.map((p) => ({ id: p.id, position: p.position + PARKING_OFFSET }))
  )
  await routineService.updateCareSteps(positions)
}

export const setCareStepPositionsStepId = "set-care-step-positions"

/**
 * Moves care steps to new positions within their routine. The caller passes
 * only the steps that move; together with the steps that stay they must end
 * up on distinct positions.
 */
export const setCareStepPositionsStep = createStep(
  setCareStepPositionsStepId,
  async (positions: CareStepPosition[], { container }) => {
    if (!positions.length) {
      return new StepResponse(void 0, [])
    }
    const previous = await container
      .resolve(ROUTINE_MODULE)
      .listCareSteps(
        { id: positions.map((p) => p.id) },
        { select: ["id", "position"] }
      )
    await moveCareSteps(container, positions)
    return new StepResponse(
      void 0,
      previous.map(({ id, position }) => ({ id, position }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    await moveCareSteps(container, previous)
  }
)
