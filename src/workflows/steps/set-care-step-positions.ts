import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"

export type CareStepPosition = { id: string; position: number }

export type SetCareStepPositionsStepInput = {
  routine_id: string
  /** Only the steps that move; with the others they end on distinct positions. */
  positions: CareStepPosition[]
}

/**
 * Live positions are unique per routine and PostgreSQL checks a unique index
 * row by row, so a swap written in one statement collides with itself. The
 * moving steps are first parked above the routine's highest position (free
 * by definition, and positive for the `position >= 1` check), then put in
 * place. Parking is computed afresh on every move, so a move also works from
 * whatever state an interrupted one left behind.
 */
const moveCareSteps = async (
  container: MedusaContainer,
  { routine_id, positions }: SetCareStepPositionsStepInput
) => {
  const routineService = container.resolve(ROUTINE_MODULE)
  const [highest] = await routineService.listCareSteps(
    { routine_id },
    { select: ["position"], order: { position: "DESC" }, take: 1 }
  )
  const parking = highest?.position ?? 0
  await routineService.updateCareSteps(
    positions.map((p) => ({ id: p.id, position: parking + p.position }))
  )
  await routineService.updateCareSteps(positions)
}

export const setCareStepPositionsStepId = "set-care-step-positions"

/**
 * Moves care steps of one routine to new positions. The two writes are not
 * one database transaction (the module service has no method for that), so
 * a failure is undone by the compensation, which moves the steps back.
 */
export const setCareStepPositionsStep = createStep(
  setCareStepPositionsStepId,
  async (input: SetCareStepPositionsStepInput, { container }) => {
    if (!input.positions.length) {
      return new StepResponse(void 0)
    }
    const previous = await container
      .resolve(ROUTINE_MODULE)
      .listCareSteps(
        { id: input.positions.map((p) => p.id) },
        { select: ["id", "position"] }
      )
    await moveCareSteps(container, input)
    return new StepResponse(void 0, {
      routine_id: input.routine_id,
      positions: previous.map(({ id, position }) => ({ id, position })),
    })
  },
  async (previous, { container }) => {
    if (!previous?.positions.length) {
      return
    }
    await moveCareSteps(container, previous)
  }
)
