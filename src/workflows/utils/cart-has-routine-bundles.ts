import type { MedusaContainer } from "@medusajs/framework/types"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

/**
 * Whether a cart holds a bundle now. A cart that does not is core's cart:
 * the plugin's guards, refreshes and checks leave it to core alone.
 */
export const cartHasRoutineBundles = async (container: MedusaContainer, cartId: string) => {
  const [, count] = await container
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listAndCountRoutineBundles({ cart_id: cartId }, { select: ["id"], take: 1 })
  return count > 0
}
