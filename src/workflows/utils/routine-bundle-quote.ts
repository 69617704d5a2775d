import { pluginOptions } from "../../plugin-options"
import type { RoutineBundleChoice, SymptomSummary } from "../../types"
import type { BundleContext } from "./bundle-context"
import { termsOfRoutine } from "./bundle-terms"
import { chooseBundleItems } from "./choose-bundle-items"
import type { RoutineGraphRead } from "./routine-graph"
import { toRoutineQuote, type PricedRoutineBundle } from "./routine-quote"

/** Everything a quote is computed from: the routine read and the shopper's symptoms. */
export type RoutineBundleData = RoutineGraphRead & { symptoms: SymptomSummary[] }

/** Chooses and prices a bundle from data already read; pure. */
export const quoteFromData = (
  data: RoutineBundleData,
  context: BundleContext,
  choice: Omit<RoutineBundleChoice, "symptoms">
): PricedRoutineBundle => {
  const quantity = choice.quantity ?? 1
  const chosen = chooseBundleItems({
    routine: data.routine,
    symptoms: data.symptoms,
    selections: choice.selections ?? {},
    skip_steps: choice.skip_steps ?? [],
    quantity,
    currency_code: context.currency_code,
    sales_channel_id: context.sales_channel_id,
    availability: data.availability,
  })
  return toRoutineQuote({
    routine: data.routine,
    terms: termsOfRoutine(
      data.routine,
      chosen.items.length,
      pluginOptions().default_promotion_policy,
      choice.subscription_interval_weeks ?? null
    ),
    choice: chosen,
    symptoms: data.symptoms,
    context,
    quantity,
  })
}
