import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { buildRoutineBundleWorkflow } from "../build-routine-bundle"
import type { CartBundleRecord } from "../utils/cart-bundle-lines"
import type { RoutineQuote } from "../utils/routine-quote"

export type RebuildRoutineBundlesInput = {
  cart_id: string
  bundles: (CartBundleRecord & { routine: { steps: { id: string }[] } })[]
}

/**
 * Prices the cart's bundles again for the cart as it is now (after a region
 * change): the same routine, quantity and products (as explicit picks), the
 * steps the bundle did not have left out. A bundle that cannot be built
 * complete is dropped. A product kept from the old bundle keeps the reason it
 * was chosen for. Reads only, so no compensation.
 */
export const rebuildRoutineBundlesStep = createStep(
  "rebuild-routine-bundles",
  async (input: RebuildRoutineBundlesInput, { container }) => {
    const quotes: RoutineQuote[] = []
    for (const bundle of input.bundles) {
      const { result, errors } = await buildRoutineBundleWorkflow(container).run({
        input: {
          routine_id: bundle.routine_id,
          cart_id: input.cart_id,
          quantity: bundle.quantity,
          selections: Object.fromEntries(
            bundle.items.map((i) => [i.care_step_id, i.variant_id])
          ),
          skip_steps: bundle.routine.steps
            .filter((s) => !bundle.items.some((i) => i.care_step_id === s.id))
            .map((s) => s.id),
        },
        throwOnError: false,
      })
      if (errors.length || !result.complete) {
        continue
      }
      quotes.push({
        ...result,
        items: result.items.map((item) => {
          const before = bundle.items.find((i) => i.care_step_id === item.step.id)
          return before?.variant_id === item.variant.id && item.reason === "selection"
            ? { ...item, reason: before.reason as typeof item.reason }
            : item
        }),
      })
    }
    return new StepResponse(quotes)
  }
)
