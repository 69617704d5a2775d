import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { RoutineBundleChoice } from "../types"
import { loadRoutineBundleDataStep } from "./steps/load-routine-bundle-data"
import { quoteRoutineBundleStep } from "./steps/quote-routine-bundle"
import { resolveBundleContextStep } from "./steps/resolve-bundle-context"
import type { BundleContext } from "./utils/bundle-context"
import type { PricedRoutineBundle } from "./utils/routine-quote"

export type BuildRoutineBundleInput = RoutineBundleChoice & {
  /** The routine's id or handle. */
  routine_id: string
  /** Price for this region... */
  region_id?: string
  /** ...or for this cart's region, currency, sales channel, address and customer. */
  cart_id?: string
  /** The logged-in customer (their groups' prices), when there is no cart. */
  customer_id?: string
  /** Defaults to the cart's channel, then the store's default channel. */
  sales_channel_id?: string
  /**
   * The context already read by a caller holding the cart's lock (the
   * bundle add): the fields above are then not read again.
   */
  context?: BundleContext
  /** Admin previews may price draft routines. */
  include_drafts?: boolean
  additional_data?: Record<string, unknown>
}

export const buildRoutineBundleWorkflowId = "build-routine-bundle"

/**
 * Builds and prices one bundle of a routine: one variant per step, chosen by
 * the shopper's picks, symptoms, the merchant's default and rank, and priced
 * with the routine's discount from the prices this shopper pays for each item
 * alone. Nothing is written.
 *
 * The `routineBundleBuilt` hook receives the quote; a handler may return an
 * adjusted one to change the picks (each must be a candidate of its step, and
 * required steps stay): the bundle is then priced again on the server, so a
 * handler can never change the money.
 */
export const buildRoutineBundleWorkflow = createWorkflow(
  buildRoutineBundleWorkflowId,
  (input: BuildRoutineBundleInput) => {
    const resolved = when("bundle-context-not-given", { input }, ({ input }) => !input.context).then(() =>
      resolveBundleContextStep({
        region_id: input.region_id,
        cart_id: input.cart_id,
        customer_id: input.customer_id,
        sales_channel_id: input.sales_channel_id,
      })
    )
    const context = transform({ input, resolved }, ({ input, resolved }) => (input.context ?? resolved)!)
    const data = loadRoutineBundleDataStep({
      routine_id: input.routine_id,
      include_drafts: input.include_drafts,
      symptoms: input.symptoms,
      quantity: input.quantity,
      context,
    })
    const quote = quoteRoutineBundleStep({
      data,
      context,
      selections: input.selections,
      skip_steps: input.skip_steps,
      quantity: input.quantity,
      subscription_interval_weeks: input.subscription_interval_weeks,
    })

    const routineBundleBuilt = createHook("routineBundleBuilt", {
      bundle: quote,
      input,
      additional_data: input.additional_data,
    })
    const adjusted = transform(
      { adjusted: routineBundleBuilt.getResult() },
      ({ adjusted }) => (adjusted as PricedRoutineBundle | undefined) ?? null
    )
    const requoted = when("routine-bundle-adjusted", { adjusted }, ({ adjusted }) => !!adjusted).then(
      () =>
        quoteRoutineBundleStep({
          data,
          context,
          adjusted,
          quantity: input.quantity,
          subscription_interval_weeks: input.subscription_interval_weeks,
        }).config({
          name: "quote-adjusted-routine-bundle",
        })
    )
    const bundle = transform({ quote, requoted }, ({ quote, requoted }) => requoted ?? quote)
    return new WorkflowResponse(bundle, { hooks: [routineBundleBuilt] })
  }
)
