import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { subscriptionsOfOrder, type SubscribedBundle, type SubscriptionOrder } from "../utils/order-subscriptions"

const ORDER_FIELDS = [
  "id", "customer_id", "email", "region_id", "sales_channel_id", "currency_code", "created_at", "cart.id",
  "shipping_address.*", "shipping_methods.shipping_option_id",
  "payment_collections.payment_sessions.provider_id", "payment_collections.payment_sessions.status",
  "payment_collections.payment_sessions.data",
]

/**
 * The subscriptions the order starts (subscriptionsOfOrder), from one read
 * of the order and its cart's bundles. A renewal's order starts none: its
 * cart is on a renewal row, written by the renewal before completing it.
 */
export const loadOrderSubscriptionsStep = createStep(
  "load-order-subscriptions",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { data: [order] } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: input.order_id } })
    const cartId = (order?.cart as { id: string } | null)?.id
    if (!order || !cartId) return new StepResponse([])
    const [bundles, renewals] = await Promise.all([
      service.listRoutineBundles({ cart_id: cartId, subscription_interval_weeks: { $ne: null } }, { relations: ["items"] }),
      service.listRoutineSubscriptionRenewals({ cart_id: cartId }, { select: ["id"], take: 1 }),
    ])
    if (!bundles.length || renewals.length) return new StepResponse([])
    const steps = await service.listCareSteps({ routine_id: [...new Set(bundles.map((b) => b.routine_id))] }, { select: ["id", "routine_id"] })
    const subscribed: SubscribedBundle[] = bundles.map((b) => ({
      routine_id: b.routine_id,
      subscription_interval_weeks: b.subscription_interval_weeks,
      quantity: b.quantity,
      symptom_ids: b.symptom_ids,
      total: Number(b.total),
      items: b.items.map((i) => ({ care_step_id: i.care_step_id, variant_id: i.variant_id })),
      routine_step_ids: steps.filter((s) => s.routine_id === b.routine_id).map((s) => s.id),
    }))
    return new StepResponse(subscriptionsOfOrder(order as unknown as SubscriptionOrder, subscribed))
  }
)
