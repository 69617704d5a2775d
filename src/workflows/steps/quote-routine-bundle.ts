import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { chooseBundleItems } from "../utils/choose-bundle-items"
import { toRoutineQuote } from "../utils/routine-quote"
import type { RoutineBundleData } from "./load-routine-bundle-data"
import type { BundleContext } from "./resolve-bundle-context"

export type QuoteRoutineBundleInput = {
  data: RoutineBundleData
  context: BundleContext
  selections?: Record<string, string>
  skip_steps?: string[]
  quantity?: number
}

/** Chooses a variant per step and prices the bundle; pure, so no compensation. */
export const quoteRoutineBundleStep = createStep(
  "quote-routine-bundle",
  async (input: QuoteRoutineBundleInput) => {
    const quantity = input.quantity ?? 1
    const choice = chooseBundleItems({
      routine: input.data.routine,
      symptoms: input.data.symptoms,
      selections: input.selections ?? {},
      skip_steps: input.skip_steps ?? [],
      quantity,
      currency_code: input.context.currency_code,
      sales_channel_id: input.context.sales_channel_id,
      availability: input.data.availability,
    })
    return new StepResponse(
      toRoutineQuote(input.data.routine, choice, input.context, quantity)
    )
  }
)
