import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addToCartWorkflow, updateCartWorkflow } from "@medusajs/medusa/core-flows"
import { addRoutineBundleToCartWorkflow } from "../../src/workflows/add-routine-bundle-to-cart"
import { updateCartWithRoutineBundlesWorkflow } from "../../src/workflows/update-cart-with-routine-bundles"
import { cartLines, floorInput, timed, writeLatencies } from "./floor-io"

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
  const input = floorInput<{ routine_id: string; usd_region_id: string; bundles: number; carts: string[][] }>()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const toUsd = (id: string) => ({ input: { id, region_id: input.usd_region_id } })
  const latencies = { ours: [] as number[], floor: [] as number[], plain: [] as number[] }
  for (const [oursCart, floorCart, plainCart] of input.carts) {
    for (const cartId of [oursCart, floorCart]) {
      for (let i = 0; i < input.bundles; i++) {
        await addRoutineBundleToCartWorkflow(container).run({ input: { cart_id: cartId, routine_id: input.routine_id } })
      }
    }
    const bundleLines = await cartLines(query, oursCart)
    await addToCartWorkflow(container).run({
      input: { cart_id: plainCart, items: bundleLines.map(({ variant_id, quantity }) => ({ variant_id, quantity })) },
    })

    latencies.ours.push(await timed(() => updateCartWithRoutineBundlesWorkflow(container).run(toUsd(oursCart))))
    const repriced = await cartLines(query, oursCart)
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
  writeLatencies(latencies)
}
