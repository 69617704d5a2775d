import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  cancelOrderWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineSubscription, SubscriptionChoice } from "../../types"
import { addRoutineBundleToCartWorkflow } from "../add-routine-bundle-to-cart"
import { addShippingMethodWithRoutineBundlesWorkflow } from "../add-shipping-method-with-routine-bundles"
import { RENEWAL_CART_METADATA_KEY } from "../utils/order-subscriptions"
import { classifyRenewalError, type RenewalFailure } from "../utils/subscription-renewal"

export type RenewalSubscription = Pick<
  RoutineSubscription,
  "id" | "customer_id" | "email" | "routine_id" | "region_id" | "sales_channel_id" | "interval_weeks" | "shipping_option_id" | "payment_provider_id"
> & {
  /** JSON columns: the saved SubscriptionAddress and provider data. */
  shipping_address: unknown
  payment_data: unknown
}

export type PlacedRenewal = { cart_id: string | null; order_id: string | null; total: number | null; failure: RenewalFailure | null }

type Stage = Parameters<typeof classifyRenewalError>[0]

/**
 * Orders the refill (`choice`: the one it was priced with) as a shopper would, through the same workflows: a cart
 * for the customer in the subscription's region and channel with the saved
 * address, the bundle added by the plugin's add (today's offer, the
 * customer's groups and price lists, stock and fallbacks, the subscription
 * discount, the money invariant), the saved shipping option, a payment
 * session with the saved provider and data, and core's completion. Each
 * stage runs as its own workflow, so a refusal at any of them leaves the
 * cart behind (its id is recorded) and is answered as a classified failure
 * for the renewal to retry. The compensation cancels the order if a later
 * step of the renewal fails.
 */
export const placeRenewalOrderStep = createStep(
  "place-renewal-order",
  async (input: { subscription: RenewalSubscription; renewal_id: string; choice: SubscriptionChoice }, { container }) => {
    const { subscription, choice } = input
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    let stage: Stage = "cart"
    let cartId: string | null = null
    try {
      const { result: cart } = await createCartWorkflow(container).run({
        input: {
          region_id: subscription.region_id,
          sales_channel_id: subscription.sales_channel_id ?? undefined,
          customer_id: subscription.customer_id,
          email: subscription.email,
          shipping_address: subscription.shipping_address as Record<string, string>,
          billing_address: subscription.shipping_address as Record<string, string>,
          // A label for people and reports; not what makes the order a renewal's.
          metadata: { [RENEWAL_CART_METADATA_KEY]: subscription.id },
        },
      })
      cartId = cart.id
      // The renewal names its cart before the cart becomes an order: the
      // order-placed path knows a renewal's order by this row (never by the
      // cart's metadata, which a shopper can write). Not undone on
      // compensation: the cart stays this renewal's whatever its order becomes.
      await service.updateRoutineSubscriptionRenewals({ id: input.renewal_id, cart_id: cart.id })
      stage = "bundle"
      await addRoutineBundleToCartWorkflow(container).run({
        input: {
          cart_id: cart.id,
          routine_id: subscription.routine_id,
          symptoms: choice.symptoms,
          selections: choice.selections,
          skip_steps: choice.skip_steps,
          quantity: choice.quantity,
          subscription_interval_weeks: subscription.interval_weeks,
          // The subscriber's own cart: their groups count, as when they bought it signed in.
          auth_customer_id: subscription.customer_id,
        },
      })
      stage = "shipping"
      await addShippingMethodWithRoutineBundlesWorkflow(container).run({
        input: { cart_id: cart.id, options: [{ id: subscription.shipping_option_id }] },
      })
      stage = "payment"
      const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
        input: { cart_id: cart.id },
      })
      await createPaymentSessionsWorkflow(container).run({
        input: {
          payment_collection_id: collection.id,
          provider_id: subscription.payment_provider_id,
          customer_id: subscription.customer_id,
          data: (subscription.payment_data as Record<string, unknown> | null) ?? {},
        },
      })
      stage = "complete"
      const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
      // What the refill's bundle cost, without shipping: what the next one is compared with.
      const [bundle] = await service.listRoutineBundles({ cart_id: cart.id }, { select: ["total"] })
      const placed: PlacedRenewal = { cart_id: cart.id, order_id: result.id, total: Number(bundle.total), failure: null }
      return new StepResponse(placed, result.id)
    } catch (error) {
      const failed: PlacedRenewal = { cart_id: cartId, order_id: null, total: null, failure: classifyRenewalError(stage, error) }
      return new StepResponse(failed, null)
    }
  },
  async (orderId, { container }) => {
    if (!orderId) return
    await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
  }
)
