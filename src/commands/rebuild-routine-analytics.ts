import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderFacts } from "../workflows/analytics/analytics-facts"
import { recordRoutineAnalyticsWorkflow } from "../workflows/record-routine-analytics"

const PAGE = 200

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }

/**
 * Rebuilds the analytics' order figures (orders, bundles ordered, revenue,
 * discount given) from the orders themselves, replacing what the
 * subscribers recorded: the figures can always be checked against the
 * orders. Quotes and bundles added or ended come from events only.
 *
 *   npx medusa exec ./node_modules/medusa-plugin-routine-bundles/.medusa/server/src/commands/rebuild-routine-analytics.js
 */
export default async function rebuildRoutineAnalytics({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  await container
    .resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    .raw(`DELETE FROM routine_analytics_event WHERE type IN (?, ?)`, ["order", "ordered"])
  let rebuilt = 0
  for (let skip = 0; ; skip += PAGE) {
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id"],
      pagination: { skip, take: PAGE, order: { created_at: "ASC" } },
    })
    for (const { id } of orders as { id: string }[]) {
      await recordRoutineAnalyticsWorkflow(container).run({ input: { events: await orderFacts(container, id) } })
    }
    rebuilt += orders.length
    if (orders.length < PAGE) break
  }
  logger.info(`Rebuilt the routine analytics of ${rebuilt} order(s) from the orders.`)
}
