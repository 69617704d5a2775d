import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateRoutinePages } from "../utils/routine-page-cache"

export const invalidateRoutinePagesStepId = "invalidate-routine-pages"
export const invalidateRoutinePagesOnRollbackStepId = "invalidate-routine-pages-on-rollback"

/**
 * Starts a new generation of the routine page cache. A curation workflow
 * runs it last, once its data changed.
 */
export const invalidateRoutinePagesStep = createStep(invalidateRoutinePagesStepId, async (_: void, { container }) => {
  await invalidateRoutinePages(container)
  return new StepResponse(undefined)
})

/**
 * Does nothing going forward; if the workflow rolls back, starts a new
 * generation once the data is restored. A curation workflow runs it first,
 * so its compensation runs last.
 */
export const invalidateRoutinePagesOnRollbackStep = createStep(
  invalidateRoutinePagesOnRollbackStepId,
  async () => new StepResponse(undefined, true),
  async (_, { container }) => {
    await invalidateRoutinePages(container)
  }
)
