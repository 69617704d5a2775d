import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../modules/routine"
import type RoutineModuleService from "../modules/routine/service"
import { dissolveCartRoutineBundlesWorkflow } from "../workflows/dissolve-cart-routine-bundles"

/**
 * Before removing the plugin: every open cart's bundles go back to regular
 * prices (the plugin's guards will not be there to keep bundle prices honest).
 *
 *   npx medusa exec ./node_modules/medusa-plugin-routine-bundles/.medusa/server/src/commands/dissolve-routine-bundles.js
 */
export default async function dissolveRoutineBundles({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bundles = await container
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listRoutineBundles({ order_id: null }, { select: ["cart_id"] })
  const cartIds = [...new Set(bundles.map((b) => b.cart_id))]
  const { data: open } = await query.graph({
    entity: "cart",
    fields: ["id"],
    filters: { id: cartIds, completed_at: null },
  })
  for (const { id } of open as { id: string }[]) {
    await dissolveCartRoutineBundlesWorkflow(container).run({ input: { cart_id: id } })
  }
  logger.info(`Dissolved the routine bundles of ${open.length} open cart(s); their lines are at regular prices now.`)
}
