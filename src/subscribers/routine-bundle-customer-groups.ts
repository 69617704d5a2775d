import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { repriceCustomerCarts } from "../workflows/utils/reprice-customer-carts"

/**
 * A customer joining a group changes the prices they pay (group price
 * lists), and core re-prices no cart for it. The event names the membership
 * row, from which the customer is read. (A membership's deletion leaves no
 * row to read: leaving a group through the admin API is handled by the guard
 * on those routes, src/api/admin/customer-groups/guards.ts.)
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
    .listCustomerGroupCustomers({ id: ids }, { select: ["customer_id"] })
  await repriceCustomerCarts(container, [...new Set(memberships.map((m) => m.customer_id))])
}

export const config: SubscriberConfig = {
  event: "customer.customer-group-customer.created",
  context: { subscriberId: "routine-bundles-customer-groups" },
}
