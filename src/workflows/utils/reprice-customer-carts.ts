import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { refreshCartRoutineBundlesWorkflow } from "../refresh-cart-routine-bundles"

/**
 * Re-prices the bundles in the open carts of these customers, one cart after
 * the other (each under its own lock): for when what they pay changed
 * outside any cart request, like joining or leaving a customer group.
 */
export const repriceCustomerCarts = async (container: MedusaContainer, customerIds: string[]) => {
  if (!customerIds.length) {
    return
  }
  const { data: carts } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["id"],
    filters: { customer_id: customerIds, completed_at: null },
  })
  const cartIds = (carts as { id: string }[]).map((c) => c.id)
  if (!cartIds.length) {
    return
  }
  const bundles = await container
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listRoutineBundles({ cart_id: cartIds }, { select: ["cart_id"] })
  for (const cartId of new Set(bundles.map((b) => b.cart_id))) {
    await refreshCartRoutineBundlesWorkflow(container).run({ input: { cart_id: cartId } })
  }
}
