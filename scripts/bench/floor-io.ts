import { readFileSync, writeFileSync } from "fs"
import type { RemoteQueryFunction } from "@medusajs/framework/types"

/** What floors.mjs wrote to BENCH_IN for a floor script. */
export const floorInput = <T>() => JSON.parse(readFileSync(process.env.BENCH_IN!, "utf8")) as T

/** Hands the latencies back to floors.mjs through BENCH_OUT. */
export const writeLatencies = (latencies: Record<string, number[]>) =>
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify(latencies))

/** Milliseconds `fn` took. */
export const timed = async (fn: () => Promise<unknown>) => {
  const started = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - started) / 1e6
}

/** A cart's lines as core's add takes them: the same variants, quantities and custom prices. */
export const cartLines = async (query: Omit<RemoteQueryFunction, symbol>, cartId: string) => {
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
