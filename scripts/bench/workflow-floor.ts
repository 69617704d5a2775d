import { readFileSync, writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { addRoutineBundleToCartWorkflow } from "../../src/workflows/add-routine-bundle-to-cart"
import { buildRoutineBundleWorkflow } from "../../src/workflows/build-routine-bundle"

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
  const input = JSON.parse(readFileSync(process.env.BENCH_IN!, "utf8")) as {
    routine_id: string
    line_variant_id: string
    carts: string[][]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const timed = async (fn: () => Promise<unknown>) => {
    const started = process.hrtime.bigint()
    await fn()
    return Number(process.hrtime.bigint() - started) / 1e6
  }
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
    const { data: [written] } = await query.graph({
      entity: "cart",
      fields: ["items.variant_id", "items.quantity", "items.unit_price", "items.compare_at_unit_price", "items.is_tax_inclusive"],
      filters: { id: bundleCart },
    })
    const items = written.items!.map((item) => ({
      variant_id: item!.variant_id!,
      quantity: Number(item!.quantity),
      unit_price: Number(item!.unit_price),
      compare_at_unit_price: Number(item!.compare_at_unit_price),
      is_tax_inclusive: item!.is_tax_inclusive,
    }))
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
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify(latencies))
}
