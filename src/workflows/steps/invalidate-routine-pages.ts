import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateRoutinePages } from "../utils/routine-page-cache"

export const invalidateRoutinePagesStepId = "invalidate-routine-pages"

/**
 * Starts a new generation of the routine page cache, and again when the
 * workflow rolls back. A curation workflow runs it first (its compensation
 * runs last, after the data is restored) and last (after the data changed).
 */
export const invalidateRoutinePagesStep = createStep(
  invalidateRoutinePagesStepId,
  async (_: void, { container }) => {
    await invalidateRoutinePages(container)
    return new StepResponse(undefined, true)
  },
  async (_, { container }) => {
    await invalidateRoutinePages(container)
  }
)
