import { readFileSync, writeFileSync } from "fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  addToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { renewDueSubscriptions } from "../../src/jobs/renew-routine-subscriptions"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { DEMO_SUBSCRIBER } from "../../src/scripts/seed/subscriber"
import { quoteSubscriptionRefill } from "../../src/workflows/utils/subscription-refill"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * `medusa exec` script of `npm run bench`: (8) the renewal job on many due
 * subscriptions (copies of the demo subscriber's, each its own order), run
 * as the hourly job runs them, one after another; then core's checkout of
 * the same products at their regular prices (a cart, core's add of the
 * refill's lines, the same shipping option, the system provider, completion),
 * the floor a renewal builds on.
 * Env: BENCH_IN = JSON { renewals, checkouts }, BENCH_OUT = JSON file of the figures in ms.
 */
export default async function renewals({ container }: ExecArgs) {
  const input = JSON.parse(readFileSync(process.env.BENCH_IN!, "utf8")) as { renewals: number; checkouts: number }
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const [source] = await service.listRoutineSubscriptions({ email: DEMO_SUBSCRIBER.email })
  await knex.raw(
    `INSERT INTO routine_subscription
       SELECT (jsonb_populate_record(null::routine_subscription, to_jsonb(s) || jsonb_build_object(
         'id', 'rsub_bench_' || g, 'order_id', s.order_id || '_bench_' || g, 'next_renewal_at', now() - interval '1 hour'))).*
       FROM routine_subscription s, generate_series(1, ?) g WHERE s.id = ?`,
    [input.renewals, source.id]
  )
  // The demo catalogue stocks 30 to 200 of each product: enough for the sample shoppers, not for this many refills.
  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({})
  await inventory.updateInventoryLevels(
    levels.map((l) => ({
      inventory_item_id: l.inventory_item_id,
      location_id: l.location_id,
      stocked_quantity: Number(l.stocked_quantity) + 10 * (input.renewals + input.checkouts),
    }))
  )
  const timed = async <T>(fn: () => Promise<T>) => {
    const started = process.hrtime.bigint()
    const result = await fn()
    return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 }
  }
  const job = await timed(() => renewDueSubscriptions(container, new Date()))
  const placed = job.result.filter((r) => r.status === "succeeded").length
  if (placed !== input.renewals) {
    const why = [...new Set(job.result.flatMap((r) => (r.failure_reason ? [`${r.failure_reason}: ${r.failure_message}`] : [])))]
    throw new Error(`The job placed ${placed} of ${input.renewals} renewals (${why.join("; ") || "the others are held by a price notice"})`)
  }

  const refill = await quoteSubscriptionRefill(container, source, new Date())
  const items = refill.quote.items.map((i) => ({ variant_id: i.variant.id, quantity: i.quantity }))
  const checkout: number[] = []
  for (let i = 0; i < input.checkouts; i++) {
    const { ms } = await timed(async () => {
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: source.region_id,
          sales_channel_id: source.sales_channel_id ?? undefined,
          customer_id: source.customer_id,
          email: source.email,
          shipping_address: source.shipping_address as Record<string, string>,
        },
      })
      await addToCartWorkflow(container).run({ input: { cart_id: cart.id, items } })
      await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: source.shipping_option_id }] } })
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
      await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
      await completeCartWorkflow(container).run({ input: { id: cart.id } })
    })
    checkout.push(ms)
  }
  writeFileSync(process.env.BENCH_OUT!, JSON.stringify({ renewals: placed, job_ms: job.ms, checkout }))
}
