import type { SubscriptionAddress, SubscriptionChoice } from "../../types"
import { addWeeks } from "../../lib/subscription-actions"

/** The order as creating its subscriptions reads it. */
export type SubscriptionOrder = {
  id: string
  customer_id: string | null
  email: string | null
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string
  created_at: string | Date
  shipping_address: (SubscriptionAddress & Record<string, unknown>) | null
  shipping_methods: ({ shipping_option_id: string | null } | null)[] | null
  payment_collections: ({ payment_sessions: ({ provider_id: string; status: string; data: Record<string, unknown> | null } | null)[] | null } | null)[] | null
}

/** A subscribed bundle of the order's cart, with its routine's step ids. */
export type SubscribedBundle = {
  routine_id: string
  subscription_interval_weeks: number | null
  quantity: number
  symptom_ids: string[]
  total: number
  items: { care_step_id: string; variant_id: string }[]
  routine_step_ids: string[]
}

/**
 * The cart metadata key a renewal's cart carries, as a label for people and
 * reports. It decides nothing: a shopper writes their cart's metadata. What
 * makes an order a renewal's is its cart on a renewal row (loadOrderSubscriptionsStep).
 */
export const RENEWAL_CART_METADATA_KEY = "routine_subscription_id"

const ADDRESS_FIELDS = [
  "first_name", "last_name", "company", "address_1", "address_2", "city", "country_code", "province", "postal_code", "phone",
] as const

/** The system provider needs nothing saved; another provider's session data is what it reuses (e.g. Stripe's customer and method). */
const SYSTEM_PROVIDER = "pp_system_default"

/**
 * The subscriptions an order starts: one per bundle bought with an
 * interval, renewing an interval after the order with the bundle's choice
 * (symptoms, the products it had as picks, the steps it left out,
 * quantity), its address, shipping option and payment provider. None for
 * an order without a customer, address or shipping option to renew with:
 * the completion check (assertSubscriptionCart) refuses such a cart first.
 */
export const subscriptionsOfOrder = (order: SubscriptionOrder, bundles: SubscribedBundle[]) => {
  const shippingOptionId = (order.shipping_methods ?? []).find((m) => m?.shipping_option_id)?.shipping_option_id
  const session = (order.payment_collections ?? [])
    .flatMap((c) => c?.payment_sessions ?? [])
    .find((s) => s && ["authorized", "captured"].includes(s.status))
  if (!order.customer_id || !order.email || !order.region_id || !order.shipping_address || !shippingOptionId || !session) {
    return []
  }
  const address = Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, order.shipping_address![f] ?? null])) as SubscriptionAddress
  return bundles
    .filter((b) => b.subscription_interval_weeks != null)
    .map((bundle) => {
      const choice: SubscriptionChoice = {
        quantity: bundle.quantity,
        symptoms: bundle.symptom_ids,
        selections: Object.fromEntries(bundle.items.map((i) => [i.care_step_id, i.variant_id])),
        skip_steps: bundle.routine_step_ids.filter((id) => !bundle.items.some((i) => i.care_step_id === id)),
      }
      return {
        customer_id: order.customer_id!,
        email: order.email!,
        order_id: order.id,
        routine_id: bundle.routine_id,
        region_id: order.region_id!,
        sales_channel_id: order.sales_channel_id,
        currency_code: order.currency_code,
        interval_weeks: bundle.subscription_interval_weeks!,
        choice,
        shipping_address: address,
        shipping_option_id: shippingOptionId,
        payment_provider_id: session.provider_id,
        payment_data: session.provider_id === SYSTEM_PROVIDER ? null : session.data,
        next_renewal_at: addWeeks(order.created_at, bundle.subscription_interval_weeks!),
        last_total: bundle.total,
      }
    })
}

export type NewSubscription = ReturnType<typeof subscriptionsOfOrder>[number]
