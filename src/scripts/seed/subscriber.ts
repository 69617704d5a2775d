import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createCustomerAccountWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { addRoutineBundleToCartWorkflow } from "../../workflows/add-routine-bundle-to-cart"
import { createRoutineSubscriptionsWorkflow } from "../../workflows/create-routine-subscriptions"
import { renewRoutineSubscriptionWorkflow } from "../../workflows/renew-routine-subscription"
import { updateRoutineWorkflow } from "../../workflows/update-routine"

/** The demo's subscriber: sign in to the storefront's account with these. */
export const DEMO_SUBSCRIBER = { email: "subscriber@example.com", password: "supersecret" }

const DAY_MS = 24 * 60 * 60 * 1000
const INTERVAL_WEEKS = 4
/** The first order 80 days ago: renewals 52 and 24 days ago, the next in 4 days (its check-in is due). */
const FIRST_ORDER_DAYS_AGO = 80
const ADDRESS = { first_name: "Sam", last_name: "Subscriber", address_1: "Nyhavn 1", city: "Copenhagen", postal_code: "1051", country_code: "dk" }

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * A customer with an active subscription to the demo routine and a renewal
 * history, all through the real workflows: the routine offers refills
 * every 4, 6 or 8 weeks (5 % off), the customer bought it on a 4-weekly
 * subscription, and the renewal workflow ran on each past renewal date
 * (its clock is an input). The orders are then moved back to their days,
 * as the sample sessions are. A store that has the customer is left alone.
 */
export const seedSubscriber = async (
  container: MedusaContainer,
  seeded: { regions: { id: string; currency_code: string }[]; salesChannel: { id: string }; routine: { id: string; handle: string } }
) => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const customers = container.resolve(Modules.CUSTOMER)
  if ((await customers.listCustomers({ email: DEMO_SUBSCRIBER.email })).length) {
    logger.info("The demo subscriber exists already")
    return
  }
  await updateRoutineWorkflow(container).run({
    input: {
      id: seeded.routine.id,
      update: { subscriptions_enabled: true, subscription_interval_weeks: [4, 6, 8], subscription_discount_percentage: 5 },
    },
  })
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: { email: DEMO_SUBSCRIBER.email, password: DEMO_SUBSCRIBER.password } })
  if (!authIdentity) throw new Error(`Could not register the demo subscriber: ${error}`)
  const { result: customer } = await createCustomerAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, customerData: { email: DEMO_SUBSCRIBER.email, first_name: "Sam", last_name: "Subscriber" } },
  })

  const region = seeded.regions.find((r) => r.currency_code === "eur")!
  const { result: cart } = await createCartWorkflow(container).run({
    input: { region_id: region.id, sales_channel_id: seeded.salesChannel.id, customer_id: customer.id, email: customer.email, shipping_address: ADDRESS },
  })
  await addRoutineBundleToCartWorkflow(container).run({
    input: { cart_id: cart.id, routine_id: seeded.routine.handle, symptoms: ["redness", "sensitivity"], subscription_interval_weeks: INTERVAL_WEEKS, auth_customer_id: customer.id },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: options[0].id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: collection.id, provider_id: "pp_system_default" } })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })

  // The order-placed subscriber starts it too; this run is the same, once.
  const { result: [subscription] } = await createRoutineSubscriptionsWorkflow(container).run({ input: { order_id: order.id } })
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const firstDay = new Date(Date.now() - FIRST_ORDER_DAYS_AGO * DAY_MS)
  await knex.raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [firstDay, order.id])
  await knex.raw(`UPDATE routine_subscription SET created_at = ? WHERE id = ?`, [firstDay, subscription.id])
  await service.updateRoutineSubscriptions({
    id: subscription.id,
    next_renewal_at: new Date(firstDay.getTime() + INTERVAL_WEEKS * 7 * DAY_MS),
  })

  // Each past renewal date, as the hourly job would have run it then.
  const days = [{ cart_id: cart.id, day: firstDay }]
  for (let due = await service.retrieveRoutineSubscription(subscription.id); due.next_renewal_at.getTime() < Date.now(); due = await service.retrieveRoutineSubscription(subscription.id)) {
    const { result: renewal } = await renewRoutineSubscriptionWorkflow(container).run({
      input: { subscription_id: subscription.id, now: due.next_renewal_at.toISOString() },
    })
    if (renewal?.status !== "succeeded") {
      throw new Error(`The demo subscriber's renewal of ${due.next_renewal_at.toISOString()} did not order: ${renewal?.failure_message}`)
    }
    await knex.raw(`UPDATE "order" SET created_at = ? WHERE id = ?`, [due.next_renewal_at, renewal.order_id])
    days.push({ cart_id: renewal.cart_id!, day: due.next_renewal_at })
  }
  // The analytics subscribers record each order's facts after its events:
  // once they are in, they move to the order's day too (as the sample sessions' do).
  const cartIds = days.map((d) => d.cart_id)
  const deadline = Date.now() + 120_000
  for (;;) {
    const { rows } = await knex.raw(
      `SELECT DISTINCT cart_id, type FROM routine_analytics_event WHERE type IN ('added', 'ordered', 'order') AND cart_id = ANY(?)`,
      [cartIds]
    )
    if (rows.length === 3 * cartIds.length) break
    if (Date.now() > deadline) throw new Error("The analytics subscribers recorded no order for the demo subscriber's carts")
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  for (const { cart_id, day } of days) {
    await knex.raw(`UPDATE routine_analytics_event SET occurred_at = ? WHERE cart_id = ?`, [day, cart_id])
  }
  logger.info(`Demo subscriber: ${DEMO_SUBSCRIBER.email} / ${DEMO_SUBSCRIBER.password}, a 4-weekly subscription with its renewals`)
}
