import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { SUBSCRIPTION_ACCOUNT_MESSAGE } from "../../types"

type CartOwner = { customer_id: string | null; customer?: { has_account?: boolean | null } | null }

/**
 * Refuses (400 not_allowed, SUBSCRIPTION_ACCOUNT_MESSAGE) to complete a cart
 * holding a subscribed bundle unless its customer has an account: renewals
 * order for that customer, who manages them while signed in. With
 * `signedInCustomerId` (a store request, even signed out: null) the cart must
 * also be that customer's: core makes a guest's cart the customer's whose
 * email it names, which proves no one is signed in. A cart without a
 * subscription costs one indexed read.
 */
export const assertSubscriptionAccount = async (
  container: MedusaContainer,
  cartId: string,
  signedInCustomerId?: string | null
) => {
  const [, subscribed] = await container
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listAndCountRoutineBundles({ cart_id: cartId, subscription_interval_weeks: { $ne: null } }, { select: ["id"], take: 1 })
  if (!subscribed) return
  const { data: [cart] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["customer_id", "customer.has_account"],
    filters: { id: cartId },
  })
  const owner = cart as CartOwner | undefined
  const hasAccount = !!owner?.customer_id && !!owner.customer?.has_account
  const signedIn = signedInCustomerId === undefined || (!!signedInCustomerId && signedInCustomerId === owner?.customer_id)
  if (!hasAccount || !signedIn) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SUBSCRIPTION_ACCOUNT_MESSAGE)
  }
}
