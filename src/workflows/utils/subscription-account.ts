import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { SUBSCRIPTION_ACCOUNT_MESSAGE } from "../../types"
import { offeredIntervalOf } from "./bundle-edit"
import { assertOneSubscribedBundlePerRoutine } from "./subscribed-bundles"

type SubscriptionCart = {
  customer_id: string | null
  customer?: { has_account?: boolean | null } | null
  shipping_address?: { address_1?: string | null; country_code?: string | null } | null
  shipping_methods?: ({ shipping_option_id?: string | null } | null)[] | null
}

/**
 * Refuses to complete a cart holding a subscribed bundle that could not
 * start a subscription able to renew, so that no bundle is sold at the
 * subscription price without one:
 * - 400 not_allowed (SUBSCRIPTION_ACCOUNT_MESSAGE) unless its customer has an
 *   account: renewals order for that customer, who manages them signed in.
 *   With `signedInCustomerId` (a store request, even signed out: null) the
 *   cart must also be that customer's: core makes a guest's cart the
 *   customer's whose email it names, which proves no one is signed in;
 * - 409 for a second subscribed bundle of one routine
 *   (assertOneSubscribedBundlePerRoutine) or an interval the routine no
 *   longer offers (offeredIntervalOf): the shopper chooses again;
 * - 400 invalid_data naming the shipping address or the shipping method it
 *   lacks: each renewal is sent with them.
 * A cart without a subscription costs one indexed read.
 */
export const assertSubscriptionCart = async (
  container: MedusaContainer,
  cartId: string,
  signedInCustomerId?: string | null
) => {
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const bundles = await service.listRoutineBundles(
    { cart_id: cartId },
    { select: ["id", "routine_id", "subscription_interval_weeks"], order: { created_at: "ASC" } }
  )
  const subscribed = bundles.filter((b) => b.subscription_interval_weeks != null)
  if (!subscribed.length) return
  const [{ data: [cart] }, routines] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: [
        "customer_id", "customer.has_account", "shipping_address.address_1", "shipping_address.country_code",
        "shipping_methods.shipping_option_id",
      ],
      filters: { id: cartId },
    }),
    service.listRoutines(
      { id: [...new Set(subscribed.map((b) => b.routine_id))] },
      { select: ["id", "subscriptions_enabled", "subscription_interval_weeks"] }
    ),
  ])
  const owner = cart as SubscriptionCart | undefined
  const hasAccount = !!owner?.customer_id && !!owner.customer?.has_account
  const signedIn = signedInCustomerId === undefined || (!!signedInCustomerId && signedInCustomerId === owner?.customer_id)
  if (!hasAccount || !signedIn) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, SUBSCRIPTION_ACCOUNT_MESSAGE)
  }
  assertOneSubscribedBundlePerRoutine(bundles)
  for (const bundle of subscribed) {
    const routine = routines.find((r) => r.id === bundle.routine_id)
    offeredIntervalOf(bundle, {
      subscriptions_enabled: !!routine?.subscriptions_enabled,
      subscription_interval_weeks: (routine?.subscription_interval_weeks as number[] | null | undefined) ?? null,
    })
  }
  if (!owner?.shipping_address?.address_1 || !owner.shipping_address.country_code) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "shipping_address: a subscription needs the cart's shipping address (street and country): each refill is sent there"
    )
  }
  if (!(owner.shipping_methods ?? []).some((m) => m?.shipping_option_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "shipping_methods: a subscription needs a shipping method chosen from the store's options: each refill ships with it"
    )
  }
}
