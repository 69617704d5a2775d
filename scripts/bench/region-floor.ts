import { readFileSync, writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { addRoutineBundleToCartWorkflow } from "../../src/workflows/add-routine-bundle-to-cart"
import { updateCartWithRoutineBundlesWorkflow } from "../../src/workflows/update-cart-with-routine-bundles"

/**
 * `medusa exec` script of `npm run bench`: the floor of a region change
 * (EUR → USD) of a cart holding `bundles` bundles, without HTTP, in one
 * process, one sample of each after another:
 * - `ours`: the plugin's cart update workflow (its lines re-created at the
 *   bundles' prices in the new currency);
 * - `floor`: what any plugin keeping core's update and core's add must pay:
 *   core's `updateCartWorkflow` on a cart holding the same bundles (it
 *   deletes every custom-priced line), then core's `addToCartWorkflow`
 *   putting back the very lines `ours` ended with (same variants,
 *   quantities, custom prices);
 * - `plain`: core's `updateCartWorkflow` on a cart holding those variants
 *   as plain lines at their regular prices.
 * Env: BENCH_IN = JSON { routine_id, usd_region_id, bundles, carts: [[3 EUR cart ids], ...] },
 * BENCH_OUT = JSON file of the latencies in ms.
 */
export default async function regionFloor({ container }: ExecArgs) {
  const input = JSON.parse(readFileSync(process.env.BENCH_IN!, "utf8")) as {
    routine_id: string
    usd_region_id: string
    bundles: number
    carts: string[][]
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const timed = async (fn: () => Promise<unknown>) => {
    const started = process.hrtime.bigint()
    await fn()
    return Number(process.hrtime.bigint() - started) / 1e6
  }
  const linesOf = async (cartId: string) => {
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["items.variant_id", "items.quantity", "items.unit_price", "items.compare_at_unit_price", "items.is_tax_inclusive"],
      filters: { id: cartId },
    })
    return cart.items!.map((item) => ({
      variant_id: item!.variant_id!,
      quantity: Number(item!.quantity),
      unit_price: Number(item!.unit_price),
      compare_at_unit_price: Number(item!.compare_at_unit_price),
      is_tax_inclusive: item!.is_tax_inclusive,
    }))
  }
  const toUsd = (id: string) => ({ input: { id, region_id: input.usd_region_id } })
  const latencies = { ours: [] as number[], floor: [] as number[], plain: [] as number[] }
  for (const [oursCart, floorCart, plainCart] of input.carts) {
    for (const cartId of [oursCart, floorCart]) {
      for (let i = 0; i < input.bundles; i++) {
        await addRoutineBundleToCartWorkflow(container).run({ input: { cart_id: cartId, routine_id: input.routine_id } })
      }
    }
    const bundleLines = await linesOf(oursCart)
    await addToCartWorkflow(container).run({
      input: { cart_id: plainCart, items: bundleLines.map(({ variant_id, quantity }) => ({ variant_id, quantity })) },
    })

    latencies.ours.push(await timed(() => updateCartWithRoutineBundlesWorkflow(container).run(toUsd(oursCart))))
    const repriced = await linesOf(oursCart)
    if (repriced.length !== bundleLines.length) {
      throw new Error(`The region change left ${repriced.length} of ${bundleLines.length} bundle lines`)
    }
    latencies.floor.push(
      await timed(async () => {
        await updateCartWorkflow(container).run(toUsd(floorCart))
        await addToCartWorkflow(container).run({ input: { cart_id: floorCart, items: repriced } })
      })
    )
    latencies.plain.push(await timed(() => updateCartWorkflow(container).run(toUsd(plainCart))))
  }
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify(latencies))
}
