import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineQuote } from "../../types"
import type { RoutineAnalyticsEventInput } from "../steps/create-routine-analytics-events"

/*
 * The facts the routine analytics record, read from what happened (a quote,
 * a bundle record, an order) when the event about it is handled. Reads only.
 */

/** Who asked for a quote: the cart, the storefront's finder visit and the logged-in customer, each when known. */
export type QuoteAsker = { cart_id?: string | null; visit_id?: string | null; customer_id?: string | null }

export const quotedFact = (quote: RoutineQuote, at: Date, asker: QuoteAsker): RoutineAnalyticsEventInput => ({
  type: "quoted",
  occurred_at: at,
  routine_id: quote.routine_id,
  cart_id: asker.cart_id ?? null,
  visit_id: asker.visit_id ?? null,
  customer_id: asker.customer_id ?? null,
  currency_code: quote.currency_code,
  quantity: quote.quantity,
  subtotal: quote.subtotal,
  discount_total: quote.discount_total,
  total: quote.total,
  symptom_ids: quote.symptoms.map((s) => s.id),
  fallback_step_ids: quote.items.filter((i) => i.reason === "fallback").map((i) => i.step.id),
  unavailable_step_ids: quote.unavailable_steps.map((s) => s.id),
})

const bundleFact = (
  bundle: Awaited<ReturnType<RoutineModuleService["listRoutineBundles"]>>[number],
  type: "added" | "ordered",
  at: Date,
  orderId?: string
): RoutineAnalyticsEventInput => ({
  type,
  occurred_at: at,
  routine_id: bundle.routine_id,
  bundle_id: bundle.id,
  cart_id: bundle.cart_id,
  order_id: orderId ?? null,
  currency_code: bundle.currency_code,
  quantity: bundle.quantity,
  subtotal: bundle.subtotal,
  discount_total: bundle.discount_total,
  total: bundle.total,
  symptom_ids: bundle.symptom_ids,
  fallback_step_ids: (bundle.items ?? []).filter((i) => i?.reason === "fallback").map((i) => i!.care_step_id),
  unavailable_step_ids: [],
})

export const addedFacts = async (container: MedusaContainer, bundleIds: string[], at: Date) =>
  (
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles({ id: bundleIds }, { relations: ["items"], withDeleted: true })
  ).map((bundle) => bundleFact(bundle, "added", at))

export const endedFacts = async (
  container: MedusaContainer,
  ended: { id: string; reason: string }[],
  at: Date
): Promise<RoutineAnalyticsEventInput[]> => {
  const bundles = await container
    .resolve<RoutineModuleService>(ROUTINE_MODULE)
    .listRoutineBundles({ id: ended.map((e) => e.id) }, { withDeleted: true })
  return bundles.map((bundle) => ({
    type: "ended",
    occurred_at: at,
    routine_id: bundle.routine_id,
    bundle_id: bundle.id,
    cart_id: bundle.cart_id,
    currency_code: bundle.currency_code,
    quantity: bundle.quantity,
    reason: ended.find((e) => e.id === bundle.id)!.reason,
    symptom_ids: bundle.symptom_ids,
    fallback_step_ids: [],
    unavailable_step_ids: [],
  }))
}

/** An order, and each bundle it was bought with, when it was placed. */
export const orderFacts = async (container: MedusaContainer, orderId: string): Promise<RoutineAnalyticsEventInput[]> => {
  const { data: [order] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "created_at", "currency_code", "total", "cart.id"],
    filters: { id: orderId },
  })
  if (!order) {
    return []
  }
  const at = new Date(order.created_at as string)
  const bundles = order.cart?.id
    ? await container
        .resolve<RoutineModuleService>(ROUTINE_MODULE)
        .listRoutineBundles({ cart_id: order.cart.id }, { relations: ["items"] })
    : []
  return [
    {
      type: "order",
      occurred_at: at,
      order_id: order.id,
      cart_id: order.cart?.id ?? null,
      currency_code: order.currency_code,
      total: Number(order.total),
      quantity: bundles.length,
      symptom_ids: [],
      fallback_step_ids: [],
      unavailable_step_ids: [],
    },
    ...bundles.map((bundle) => bundleFact(bundle, "ordered", at, order.id)),
  ]
}
