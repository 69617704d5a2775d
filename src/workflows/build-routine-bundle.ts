import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { loadRoutineBundleDataStep } from "./steps/load-routine-bundle-data"
import { quoteRoutineBundleStep } from "./steps/quote-routine-bundle"
import { resolveBundleContextStep } from "./steps/resolve-bundle-context"
import type { RoutineQuote } from "./utils/routine-quote"

export type BuildRoutineBundleInput = {
  /** The routine's id or handle. */
  routine_id: string
  /** Price for this region... */
  region_id?: string
  /** ...or for this cart's region, currency, sales channel and customer. */
  cart_id?: string
  /** Defaults to the cart's channel, then the store's default channel. */
  sales_channel_id?: string
  /** Symptom ids or handles. */
  symptoms?: string[]
  /** Explicit picks: step id or handle → variant id. */
  selections?: Record<string, string>
  /** Optional steps to leave out, by id or handle. */
  skip_steps?: string[]
  /** Number of bundles. */
  quantity?: number
  /** Admin previews may price draft routines. */
  include_drafts?: boolean
  additional_data?: Record<string, unknown>
}

export const buildRoutineBundleWorkflowId = "build-routine-bundle"

/**
 * Builds and prices one bundle of a routine: one variant per step, chosen by
 * the shopper's picks, symptoms, the merchant's default and rank, and priced
 * with the routine's discount. Nothing is written.
 *
 * The `routineBundleBuilt` hook receives the quote; a handler may return an
 * adjusted quote, which then replaces it.
 */
export const buildRoutineBundleWorkflow = createWorkflow(
  buildRoutineBundleWorkflowId,
  (input: BuildRoutineBundleInput) => {
    const context = resolveBundleContextStep({
      region_id: input.region_id,
      cart_id: input.cart_id,
      sales_channel_id: input.sales_channel_id,
    })
    const data = loadRoutineBundleDataStep({
      routine_id: input.routine_id,
      include_drafts: input.include_drafts,
      symptoms: input.symptoms,
      context,
    })
    const quote = quoteRoutineBundleStep({
      data,
      context,
      selections: input.selections,
      skip_steps: input.skip_steps,
      quantity: input.quantity,
    })

    const routineBundleBuilt = createHook("routineBundleBuilt", {
      bundle: quote,
      input,
      additional_data: input.additional_data,
    })
    const bundle = transform(
      { quote, adjusted: routineBundleBuilt.getResult() },
      ({ quote, adjusted }): RoutineQuote => (adjusted as RoutineQuote | undefined) ?? quote
    )
    return new WorkflowResponse(bundle, { hooks: [routineBundleBuilt] })
  }
)
