import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { BundleContext } from "../utils/bundle-context"
import { RoutineConflictError } from "../utils/errors"
import { loadRoutineBundleData, type UnknownSymptoms } from "../utils/routine-bundle-data"

export type LoadRoutineBundleDataInput = {
  routine_id: string
  include_drafts?: boolean
  /** Symptom ids or handles. */
  symptoms?: string[]
  unknown_symptoms?: UnknownSymptoms
  /** Bundles: candidates are priced for this many units. */
  quantity?: number
  context: BundleContext
  /**
   * The cart bundle the routine is read for: a routine no longer offered
   * is then a 409 (the bundle can only be removed) instead of a 404.
   */
  bundle_id?: string
}

/**
 * Reads the routine with all its candidates, prices and availability (one
 * graph read, a fixed number of queries whatever its size) and the shopper's
 * symptoms. Reads only.
 */
export const loadRoutineBundleDataStep = createStep(
  "load-routine-bundle-data",
  async ({ bundle_id, ...input }: LoadRoutineBundleDataInput, { container }) => {
    const data = await loadRoutineBundleData(container, input).catch((e) => {
      if (bundle_id && e instanceof MedusaError && e.type === MedusaError.Types.NOT_FOUND) {
        throw new RoutineConflictError(
          `The routine of bundle ${bundle_id} is no longer offered: the bundle can only be removed`
        )
      }
      throw e
    })
    return new StepResponse(data)
  }
)
