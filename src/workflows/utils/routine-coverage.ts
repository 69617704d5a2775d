import { MedusaError } from "@medusajs/framework/utils"
import type { RoutineCoverageCombination, RoutineCoverageResponse, SymptomSummary } from "../../types"
import type { BundleContext } from "./bundle-context"
import { quoteFromData, type RoutineBundleData } from "./routine-bundle-quote"
import { sortSteps } from "./routine-graph"

/** Every combination is audited up to this many symptoms (2^8 = 256 bundles); beyond, a sample of this size. */
export const FULL_AUDIT_SYMPTOMS = 8
const SAMPLE = 2 ** FULL_AUDIT_SYMPTOMS

/** Subsets of the symptoms, smallest first: all of them, or the first SAMPLE when there are too many. */
const combinations = (symptoms: SymptomSummary[]) => {
  const subsets: SymptomSummary[][] = [[]]
  for (let size = 1; size <= symptoms.length && subsets.length < SAMPLE; size++) {
    const pick = (start: number, chosen: SymptomSummary[]) => {
      if (subsets.length >= SAMPLE) return
      if (chosen.length === size) {
        subsets.push(chosen)
        return
      }
      for (let i = start; i < symptoms.length; i++) pick(i + 1, [...chosen, symptoms[i]])
    }
    pick(0, [])
  }
  return subsets
}

/** The bundles a routine would build now for each combination of its symptoms; pure. */
export const routineCoverage = (data: RoutineBundleData, context: BundleContext): RoutineCoverageResponse => {
  const steps = sortSteps(data.routine.steps.filter(Boolean))
  const symptoms = [
    ...new Map(
      steps.flatMap((s) => (s.products ?? []).flatMap((p) => p?.symptoms ?? [])).filter(Boolean).map((s) => [s.id, { id: s.id, handle: s.handle, name: s.name }])
    ).values(),
  ].sort((a, b) => a.name.localeCompare(b.name))
  const audited = combinations(symptoms)
  const total = 2 ** symptoms.length
  return {
    region_id: context.region_id,
    currency_code: context.currency_code,
    steps: steps.map(({ id, handle, title, position }) => ({ id, handle, title, position })),
    symptoms,
    total_combinations: total,
    sampled: audited.length < total,
    combinations: audited.map((combination): RoutineCoverageCombination => {
      try {
        const quote = quoteFromData({ ...data, symptoms: combination }, context, {})
        return {
          symptoms: combination,
          complete: quote.complete,
          total: quote.total,
          items: quote.items.map((i) => ({
            step_id: i.step.id,
            product_title: i.product.title,
            reason: i.reason,
            fallback_from: i.fallback_from,
          })),
          fallback_step_ids: quote.items.filter((i) => i.reason === "fallback").map((i) => i.step.id),
          unavailable_step_ids: quote.unavailable_steps.map((s) => s.id),
        }
      } catch (e) {
        // A routine that cannot be priced here (no amount in the currency) covers nothing.
        if (e instanceof MedusaError && e.type === MedusaError.Types.INVALID_DATA) {
          return { symptoms: combination, complete: false, total: 0, items: [], fallback_step_ids: [], unavailable_step_ids: steps.map((s) => s.id) }
        }
        throw e
      }
    }),
  }
}
