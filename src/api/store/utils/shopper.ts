import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cartGroupsCount, type RoutineShopper } from "../../../lib/routine-availability"
import { compact } from "../../../workflows/utils/compact"
import { storeCustomerId } from "../routines/helpers"

/**
 * Who a store request sells to, for routines sold to some customer groups
 * only: the signed-in customer's groups, and with a cart named only if the
 * cart is theirs (cartGroupsCount); a guest has no group. The channels are
 * the given one, else the publishable key's.
 */
export const storeShopper = async (
  req: MedusaStoreRequest,
  { cart_id, sales_channel_ids }: { cart_id?: string; sales_channel_ids?: string[] }
): Promise<RoutineShopper> => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const customerId = storeCustomerId(req)
  const read = cart_id
    ? query
        .graph({ entity: "cart", fields: ["customer.id", "customer.groups.id"], filters: { id: cart_id } })
        .then(({ data: [cart] }) => (cartGroupsCount(cart?.customer?.id, customerId) ? cart.customer : null))
    : customerId
      ? query.graph({ entity: "customer", fields: ["groups.id"], filters: { id: customerId } }).then(({ data: [customer] }) => customer)
      : Promise.resolve(null)
  const customer = (await read) as { groups?: ({ id: string } | null)[] | null } | null | undefined
  return {
    sales_channel_ids: sales_channel_ids ?? req.publishable_key_context?.sales_channel_ids ?? [],
    customer_group_ids: compact(customer?.groups ?? []).map((g) => g.id),
  }
}
