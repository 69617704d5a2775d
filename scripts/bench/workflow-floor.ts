import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { addRoutineBundleToCartWorkflow } from "../../src/workflows/add-routine-bundle-to-cart"
import { buildRoutineBundleWorkflow } from "../../src/workflows/build-routine-bundle"
import { cartLines, floorInput, timed, writeLatencies } from "./floor-io"

/**
 * `medusa exec` script of `npm run bench`: the bundle add's floor, measured
 * without HTTP in one process, one sample of each after another:
 * - `bundle`: the plugin's add workflow (quote, lock, plan, core's add, records);
 * - `quote`: the plugin's quote workflow alone, for the same cart;
 * - `five_lines`: core's `addToCartWorkflow` adding the very lines a bundle
 *   add wrote (same variants, quantities and custom prices) to a fresh cart;
 * - `one_line`: core's `addToCartWorkflow` adding one line.
 * Env: BENCH_IN = JSON { routine_id, line_variant_id, carts: [[4 cart ids], ...] },
 * BENCH_OUT = JSON file of the latencies in ms.
 */
export default async function workflowFloor({ container }: ExecArgs) {
  const input = floorInput<{ routine_id: string; line_variant_id: string; carts: string[][] }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const latencies = { bundle: [] as number[], quote: [] as number[], five_lines: [] as number[], one_line: [] as number[] }
  for (const [bundleCart, quoteCart, linesCart, lineCart] of input.carts) {
    latencies.bundle.push(
      await timed(() =>
        addRoutineBundleToCartWorkflow(container).run({ input: { cart_id: bundleCart, routine_id: input.routine_id } })
      )
    )
    latencies.quote.push(
      await timed(() =>
        buildRoutineBundleWorkflow(container).run({ input: { cart_id: quoteCart, routine_id: input.routine_id } })
      )
    )
    const items = await cartLines(query, bundleCart)
    latencies.five_lines.push(
      await timed(() => addToCartWorkflow(container).run({ input: { cart_id: linesCart, items } }))
    )
    latencies.one_line.push(
      await timed(() =>
        addToCartWorkflow(container).run({
          input: { cart_id: lineCart, items: [{ variant_id: input.line_variant_id, quantity: 1 }] },
        })
      )
    )
  }
  writeLatencies(latencies)
}
