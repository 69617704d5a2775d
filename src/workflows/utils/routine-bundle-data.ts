import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { SymptomSummary } from "../../types"
import type { BundleContext } from "./bundle-context"
import { readRoutineGraph } from "./read-routine-graph"
import type { RoutineBundleData } from "./routine-bundle-quote"

/**
 * What to do with a symptom that does not exist: a shopper naming one gets a
 * 400 naming it; a bundle's own reasons lose a symptom the merchant deleted
 * since, and the bundle goes on without it.
 */
export type UnknownSymptoms = "refuse" | "drop"

/** The symptoms named (ids or handles). */
export const resolveSymptoms = async (
  container: MedusaContainer,
  keys: string[] | undefined,
  unknownSymptoms: UnknownSymptoms = "refuse"
): Promise<SymptomSummary[]> => {
  const asked = [...new Set(keys ?? [])]
  if (!asked.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "symptom",
    fields: ["id", "handle", "name"],
    filters: { $or: [{ id: asked }, { handle: asked }] },
  })
  const found = data as SymptomSummary[]
  const unknown = asked.filter((key) => !found.some((s) => s.id === key || s.handle === key))
  if (unknown.length && unknownSymptoms === "refuse") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `symptoms: unknown symptom ${unknown.map((u) => `"${u}"`).join(", ")}`
    )
  }
  return found.map(({ id, handle, name }) => ({ id, handle, name }))
}

/** One read of the routine (prices for `quantity` units in the context) and the symptoms, in parallel. */
export const loadRoutineBundleData = async (
  container: MedusaContainer,
  input: {
    routine_id: string
    include_drafts?: boolean
    symptoms?: string[]
    unknown_symptoms?: UnknownSymptoms
    quantity?: number
    context: BundleContext
  }
): Promise<RoutineBundleData> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [read, symptoms] = await Promise.all([
    readRoutineGraph(query, {
      routine_id: input.routine_id,
      include_drafts: input.include_drafts,
      pricing: input.context.pricing,
      quantity: input.quantity,
      sales_channel_id: input.context.sales_channel_id,
      customer_group_ids: input.context.customer_group_ids,
    }),
    resolveSymptoms(container, input.symptoms, input.unknown_symptoms),
  ])
  return { ...read, symptoms }
}
