import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  candidateVariantIds,
  ROUTINE_GRAPH_FIELDS,
  routineFilters,
  routineGraphContext,
  variantAvailability,
  type RoutineGraph,
  type VariantAvailability,
} from "../utils/routine-graph"
import type { BundleContext } from "./resolve-bundle-context"

export type LoadRoutineBundleDataInput = {
  routine_id: string
  include_drafts?: boolean
  /** Symptom ids or handles. */
  symptoms?: string[]
  context: BundleContext
}

export type RoutineBundleData = {
  routine: RoutineGraph
  symptoms: { id: string; handle: string }[]
  availability: VariantAvailability
}

/**
 * Reads the routine with all its candidates in one query.graph call, then the
 * shopper's symptoms and the candidates' availability in the sales channel:
 * a fixed number of queries, whatever the size of the routine.
 */
export const loadRoutineBundleDataStep = createStep(
  "load-routine-bundle-data",
  async (input: LoadRoutineBundleDataInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { context } = input
    const { data: [found] } = await query.graph({
      entity: "routine",
      fields: ROUTINE_GRAPH_FIELDS,
      filters: routineFilters(input.routine_id, !!input.include_drafts),
      context: routineGraphContext({
        region_id: context.region_id,
        currency_code: context.currency_code,
        customer_id: context.customer_id,
      }),
    })
    if (!found) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Routine with id or handle: ${input.routine_id} was not found`
      )
    }
    const routine = found as RoutineGraph

    const asked = [...new Set(input.symptoms ?? [])]
    let symptoms: { id: string; handle: string }[] = []
    if (asked.length) {
      const { data } = await query.graph({
        entity: "symptom",
        fields: ["id", "handle"],
        filters: { $or: [{ id: asked }, { handle: asked }] },
      })
      const unknown = asked.filter(
        (key) => !data.some((s) => s.id === key || s.handle === key)
      )
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `symptoms: unknown symptom ${unknown.map((u) => `"${u}"`).join(", ")}`
        )
      }
      symptoms = data.map((s) => ({ id: s.id, handle: s.handle }))
    }

    const availability = await variantAvailability(
      query,
      candidateVariantIds(routine),
      context.sales_channel_id
    )

    return new StepResponse<RoutineBundleData>({ routine, symptoms, availability })
  }
)
