import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BundleContext } from "../utils/bundle-context"
import { loadRoutineBundleData } from "../utils/routine-bundle-data"

export type LoadRoutineBundleDataInput = {
  routine_id: string
  include_drafts?: boolean
  /** Symptom ids or handles. */
  symptoms?: string[]
  /** Bundles: candidates are priced for this many units. */
  quantity?: number
  context: BundleContext
}

/**
 * Reads the routine with all its candidates, prices and availability (one
 * graph read, a fixed number of queries whatever its size) and the shopper's
 * symptoms. Reads only.
 */
export const loadRoutineBundleDataStep = createStep(
  "load-routine-bundle-data",
  async (input: LoadRoutineBundleDataInput, { container }) =>
    new StepResponse(await loadRoutineBundleData(container, input))
)
