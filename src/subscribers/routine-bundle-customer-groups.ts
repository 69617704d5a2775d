import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../modules/routine"
import type RoutineModuleService from "../modules/routine/service"
import { refreshCartRoutineBundlesWorkflow } from "../workflows/refresh-cart-routine-bundles"

/**
 * A customer joining or leaving a group changes the prices they pay (group
 * price lists), and core re-prices no cart for it: the open carts of that
 * customer that hold bundles are re-priced here. The event names the
 * group membership row, so the customer is read from it (deleted rows too).
 */
export default async function routineBundleCustomerGroups({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const ids = [data.id].flat().filter(Boolean)
  if (!ids.length) {
    return
  }
  const memberships = await container
    .resolve(Modules.CUSTOMER)
    .listCustomerGroupCustomers({ id: ids }, { select: ["customer_id"], withDeleted: true })
  const customerIds = [...new Set(memberships.map((m) => m.customer_id))]
  if (!customerIds.length) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({
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

export const config: SubscriberConfig = {
  event: ["customer.customer-group-customer.created", "customer.customer-group-customer.deleted"],
  context: { subscriberId: "routine-bundles-customer-groups" },
}
