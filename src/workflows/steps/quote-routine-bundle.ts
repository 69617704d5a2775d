import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RoutineBundleChoice } from "../../types"
import type { BundleContext } from "../utils/bundle-context"
import { quoteFromData, type RoutineBundleData } from "../utils/routine-bundle-quote"
import type { PricedRoutineBundle } from "../utils/routine-quote"

export type QuoteRoutineBundleInput = Omit<RoutineBundleChoice, "symptoms"> & {
  data: RoutineBundleData
  context: BundleContext
  /**
   * A quote a `routineBundleBuilt` handler returned: its picks are honoured
   * (each must be a candidate of its step), its money never is: the bundle
   * is priced again here from Medusa's prices.
   */
  adjusted?: PricedRoutineBundle | null
}

/** Chooses a variant per step and prices the bundle; pure, so no compensation. */
export const quoteRoutineBundleStep = createStep(
  "quote-routine-bundle",
  async ({ data, context, adjusted, ...choice }: QuoteRoutineBundleInput) => {
    if (!adjusted) {
      return new StepResponse(quoteFromData(data, context, choice))
    }
    const picked = new Set(adjusted.items.map((i) => i.step.id))
    return new StepResponse(
      quoteFromData(data, context, {
        quantity: choice.quantity,
        subscription_interval_weeks: choice.subscription_interval_weeks,
        selections: Object.fromEntries(adjusted.items.map((i) => [i.step.id, i.variant.id])),
        skip_steps: data.routine.steps
          .filter((s) => s && !picked.has(s.id))
          .map((s) => s.id),
      })
    )
  }
)
