import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { DEMO_SUBSCRIBER, seedSubscriber } from "../../src/scripts/seed/subscriber"
import { remindUpcomingSubscriptions } from "../../src/jobs/remind-routine-subscriptions"
import { renewDueSubscriptions } from "../../src/jobs/renew-routine-subscriptions"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import type { SubscriptionChoice } from "../../src/types"
import { createRoutineSubscriptionsWorkflow } from "../../src/workflows/create-routine-subscriptions"
import { renewRoutineSubscriptionWorkflow } from "../../src/workflows/renew-routine-subscription"
import { answerRoutineSubscriptionCheckinWorkflow } from "../../src/workflows/answer-routine-subscription-checkin"
import { quoteSubscriptionRefill } from "../../src/workflows/utils/subscription-refill"
import { createAdminHeaders } from "../helpers/admin"
import { cents, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, prepareForCompletion, SHOPPER_ADDRESS } from "../helpers/checkout"
import { halfPriceGroup, registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

const DAY = 24 * 3600 * 1000
const at = (date: Date | string, days: number) => new Date(new Date(date).getTime() + days * DAY).toISOString()

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let eurId: string

    const service = () => getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
    })

    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
      // The routine offers refills every 4 or 8 weeks, 5 % off on top of its own discount.
      const [routine] = await service().listRoutines({ handle: ROUTINE })
      const enabled = await api.post(
        `/admin/routines/${routine.id}`,
        { subscriptions_enabled: true, subscription_interval_weeks: [4, 8], subscription_discount_percentage: 5 },
        admin
      )
      expect(enabled.status).toEqual(200)
    })

    /** A signed-in shopper buys the routine on a 4-weekly subscription: the order and the subscription it started. */
    const subscribe = async (email: string, choice: Record<string, unknown> = {}, customer?: Awaited<ReturnType<typeof registerCustomer>>) => {
      const shopper = customer ?? (await registerCustomer(api, seeded, email))
      const { data } = await api.post(
        "/store/carts",
        { region_id: eurId, email, shipping_address: SHOPPER_ADDRESS },
        shopper.headers
      )
      const cartId = data.cart.id as string
      const added = await api.post(
        `/store/carts/${cartId}/routine-bundles`,
        { routine_id: ROUTINE, subscription_interval_weeks: 4, ...choice },
        shopper.headers
      )
      expect(added.status).toEqual(200)
      const asShopper = { ...seeded, storeHeaders: shopper.headers }
      await prepareForCompletion(api, asShopper, cartId)
      const { data: completed } = await complete(api, asShopper, cartId)
      expect(completed.type).toEqual("order")
      const order = completed.order
      const subscription = await eventually(async () => {
        const [found] = await service().listRoutineSubscriptions({ order_id: order.id })
        expect(found).toBeDefined()
        return found
      })
      return { order, subscription, shopper, bundleTotal: added.data.routine_bundles[0].total as number }
    }

    const renew = (subscription_id: string, now: string, manual = false) =>
      renewRoutineSubscriptionWorkflow(getContainer())
        .run({ input: { subscription_id, now, manual } })
        .then(({ result }) => result)

    const orderOf = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,item_total,total,customer_id,metadata,*items`, admin)).data.order

    /** A new subscription, its first refill, and that refill's pick in a step with other products to fall back to. */
    const subscribedWithChoiceOfProducts = async (email: string) => {
      const { subscription } = await subscribe(email)
      const due = subscription.next_renewal_at
      const before = await quoteSubscriptionRefill(getContainer(), subscription, due)
      const { data } = await api.get(`/store/routines/${ROUTINE}?region_id=${eurId}`, seeded.storeHeaders)
      const step = data.routine.steps.find((s: any) => s.products.length > 1)
      const item = before.quote.items.find((i) => i.step.id === step.id)!
      return { subscription, due, before, routine: data.routine, step, item }
    }

    const soldOut = async (skus: string[]) => {
      const inventory = getContainer().resolve(Modules.INVENTORY)
      const items = await inventory.listInventoryItems({ sku: skus })
      const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.id) })
      await inventory.updateInventoryLevels(
        levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 0 }))
      )
    }

    it("an order with a subscribed bundle starts a subscription with the bundle's choice, address, shipping and payment", async () => {
      const { order, subscription, shopper, bundleTotal } = await subscribe("starts@routine.test", { symptoms: ["itching"] })
      expect(subscription).toMatchObject({
        status: "active",
        customer_id: shopper.id,
        email: "starts@routine.test",
        region_id: eurId,
        currency_code: "eur",
        interval_weeks: 4,
        payment_provider_id: "pp_system_default",
        payment_data: null,
        shipping_address: expect.objectContaining({ city: SHOPPER_ADDRESS.city, postal_code: SHOPPER_ADDRESS.postal_code }),
      })
      expect(subscription.choice).toMatchObject({ quantity: 1, skip_steps: [] })
      expect(Object.keys((subscription.choice as SubscriptionChoice).selections!).length).toBeGreaterThan(0)
      expect(Number(subscription.last_total)).toEqual(bundleTotal)
      expect(new Date(subscription.next_renewal_at).toISOString()).toEqual(at(order.created_at, 28))
      // The order-placed path delivered twice starts it once.
      await createRoutineSubscriptionsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(await service().listRoutineSubscriptions({ customer_id: shopper.id })).toHaveLength(1)
    })

    it("renews on time into an order charging exactly the refill priced that day, once however often the job runs", async () => {
      const { subscription } = await subscribe("ontime@routine.test")
      const due = new Date(subscription.next_renewal_at)
      expect(await renewDueSubscriptions(getContainer(), new Date(at(due, -1)))).toEqual([])

      const refill = await quoteSubscriptionRefill(getContainer(), subscription, due)
      expect(refill.quote.complete).toBe(true)
      const [renewal] = await renewDueSubscriptions(getContainer(), due)
      expect(renewal).toMatchObject({ status: "succeeded", attempts: 1, failure_reason: null })
      const order = await orderOf(renewal.order_id!)
      expect(order.customer_id).toEqual(subscription.customer_id)
      expect(order.metadata).toEqual({ routine_subscription_id: subscription.id })
      expect(cents(order.item_total)).toEqual(cents(refill.total))
      expect(order.items.map((i: any) => i.variant_id).sort()).toEqual(refill.quote.items.map((i) => i.variant.id).sort())

      const after = await service().retrieveRoutineSubscription(subscription.id)
      expect(after.next_renewal_at.toISOString()).toEqual(at(due, 28))
      expect(Number(after.last_total)).toEqual(refill.total)
      // The renewal's own order starts no second subscription.
      await eventually(async () => {
        const bundles = await service().listRoutineBundles({ order_id: order.id })
        expect(bundles).toHaveLength(1)
      })
      expect(await service().listRoutineSubscriptions({ customer_id: subscription.customer_id })).toHaveLength(1)

      // The job again for the same day, and the workflow again for that date: no second order.
      expect(await renewDueSubscriptions(getContainer(), due)).toEqual([])
      const again = await renewRoutineSubscriptionWorkflow(getContainer()).run({
        input: { subscription_id: subscription.id, now: at(due, 1) },
      })
      // The date has moved on: before the next one a scheduled run has nothing to renew.
      expect(again.result ?? null).toBeNull()
      const renewals = await service().listRoutineSubscriptionRenewals({ subscription_id: subscription.id, status: "succeeded" })
      expect(renewals.map((r) => r.order_id)).toEqual([renewal.order_id])
    })

    it("a price change within the threshold is charged; beyond it the shopper is told and the renewal waits the notice days", async () => {
      const { subscription } = await subscribe("prices@routine.test")
      const due = subscription.next_renewal_at.toISOString()
      const previous = Number(subscription.last_total)
      // The refill is 5 % dearer than last time: within 10 %, renewed as is.
      await service().updateRoutineSubscriptions({ id: subscription.id, last_total: Math.round(previous / 1.05 * 100) / 100 })
      const within = await renew(subscription.id, due)
      expect(within.status).toEqual("succeeded")

      // 20 % dearer: not charged; notified, waits 3 days.
      const next = await service().retrieveRoutineSubscription(subscription.id)
      const nextDue = next.next_renewal_at.toISOString()
      await service().updateRoutineSubscriptions({ id: subscription.id, last_total: Math.round(Number(next.last_total) / 1.2 * 100) / 100 })
      const held = await renew(subscription.id, nextDue)
      expect(held).toMatchObject({ status: "pending", attempts: 0, order_id: null })
      expect(new Date(held.retry_at!).toISOString()).toEqual(at(nextDue, 3))
      const told = await service().retrieveRoutineSubscription(subscription.id)
      expect(told.price_notice).toMatchObject({ next_total: Number(next.last_total), notified_at: nextDue })
      expect((told.price_notice as { change_percentage: number }).change_percentage).toBeGreaterThan(10)
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: subscription.id })
      expect(notifications).toEqual([expect.objectContaining({ to: "prices@routine.test", template: "routine-subscription-price-notice" })])
      expect(await renewDueSubscriptions(getContainer(), new Date(at(nextDue, 1)))).toEqual([])

      // After the notice days, the told price is charged.
      const [charged] = await renewDueSubscriptions(getContainer(), new Date(at(nextDue, 3)))
      expect(charged).toMatchObject({ status: "succeeded", total: expect.any(Number) })
      expect(Number((await orderOf(charged.order_id!)).item_total)).toEqual(Number(next.last_total))
    })

    it("a customer group's price list prices the refill, as it prices the member's own purchase", async () => {
      const groupId = await halfPriceGroup(api, seeded, admin)
      const { subscription, shopper, bundleTotal } = await subscribe("loyal-sub@routine.test")
      await api.post(`/admin/customer-groups/${groupId}/customers`, { add: [shopper.id] }, admin)

      const due = subscription.next_renewal_at.toISOString()
      const refill = await quoteSubscriptionRefill(getContainer(), subscription, new Date(due))
      expect(refill.total).toBeLessThan(bundleTotal * 0.6)
      // Half price is a change beyond the threshold too: told first, charged after the notice days.
      expect(await renew(subscription.id, due)).toMatchObject({ status: "pending", order_id: null })
      const renewal = await renew(subscription.id, at(due, 3))
      expect(renewal.status).toEqual("succeeded")
      expect(cents((await orderOf(renewal.order_id!)).item_total)).toEqual(cents(refill.total))
    })

    it("an unpublished routine: retried on the schedule, then the subscription needs action with the reason", async () => {
      const { subscription } = await subscribe("unpublished@routine.test")
      const [routine] = await service().listRoutines({ handle: ROUTINE })
      await service().updateRoutines({ id: routine.id, status: "draft" })
      const due = subscription.next_renewal_at.toISOString()

      const first = await renew(subscription.id, due)
      expect(first).toMatchObject({ status: "pending", attempts: 1, failure_reason: "routine_unavailable" })
      expect(new Date(first.retry_at!).toISOString()).toEqual(at(due, 1))
      const second = await renew(subscription.id, at(due, 1))
      expect(second).toMatchObject({ status: "pending", attempts: 2 })
      expect(new Date(second.retry_at!).toISOString()).toEqual(at(due, 4))
      const last = await renew(subscription.id, at(due, 4))
      expect(last).toMatchObject({ status: "failed", attempts: 3, retry_at: null, order_id: null })
      expect(await service().retrieveRoutineSubscription(subscription.id)).toMatchObject({
        status: "needs_action",
        last_failure_reason: "routine_unavailable",
      })
      // A scheduled run no longer renews a subscription that needs action.
      await expect(renew(subscription.id, at(due, 5))).rejects.toMatchObject({ type: "conflict" })
    })

    it("an interval the routine no longer offers: the refill is a 409 saying so, the renewal fails as routine_unavailable, and choosing an offered interval renews again", async () => {
      const { subscription, shopper } = await subscribe("interval@routine.test")
      const [routine] = await service().listRoutines({ handle: ROUTINE })
      await api.post(`/admin/routines/${routine.id}`, { subscription_interval_weeks: [8] }, admin)
      const mine = `/store/customers/me/routine-subscriptions/${subscription.id}`
      const refused = await api.get(`${mine}/refill`, shopper.headers).catch((e) => e.response)
      expect([refused.status, refused.data.message]).toEqual([
        409,
        "The routine no longer offers a refill every 4 weeks (it offers every 8 weeks): change the subscription's interval",
      ])
      const due = subscription.next_renewal_at.toISOString()
      const failed = await renew(subscription.id, due)
      expect(failed).toMatchObject({ status: "pending", failure_reason: "routine_unavailable", order_id: null })
      expect(failed.failure_message).toContain("every 4 weeks")

      expect((await api.post(mine, { interval_weeks: 8 }, shopper.headers)).status).toEqual(200)
      const { data } = await api.get(`${mine}/refill`, shopper.headers)
      const moved = await service().updateRoutineSubscriptions({ id: subscription.id, last_total: data.refill.total })
      // The longer interval moved the renewal on by the difference (nextRenewalOnIntervalChange).
      expect(moved.next_renewal_at.toISOString()).toEqual(at(due, 28))
      const renewed = await renew(subscription.id, at(due, 28))
      expect(renewed).toMatchObject({ status: "succeeded" })
      expect(cents((await orderOf(renewed.order_id!)).item_total)).toEqual(cents(data.refill.total))
    })

    it("a sold-out pick falls back to the store's next product; a step with nothing in stock fails the renewal", async () => {
      const { subscription, due, routine, step, item } = await subscribedWithChoiceOfProducts("stock@routine.test")
      await soldOut([item.variant.sku!])

      const fallback = await quoteSubscriptionRefill(getContainer(), subscription, due)
      const replaced = fallback.quote.items.find((i) => i.step.id === step.id)!
      expect(replaced.reason).toEqual("fallback")
      expect(replaced.variant.id).not.toEqual(item.variant.id)
      await service().updateRoutineSubscriptions({ id: subscription.id, last_total: fallback.total })
      const renewed = await renew(subscription.id, due.toISOString())
      expect(renewed.status).toEqual("succeeded")
      expect((await orderOf(renewed.order_id!)).items.map((i: any) => i.variant_id)).toContain(replaced.variant.id)

      // Every product of a required step sold out: nothing to fall back to.
      const required = routine.steps.find((s: any) => !s.optional)
      await soldOut(required.products.flatMap((p: any) => p.variants.map((v: any) => v.sku)))
      const next = await service().retrieveRoutineSubscription(subscription.id)
      const failed = await renew(subscription.id, next.next_renewal_at.toISOString())
      expect(failed).toMatchObject({ status: "pending", attempts: 1, failure_reason: "unsellable_step" })
      expect(failed.failure_message).toContain(required.handle)
    })

    it("a product set back to draft is never re-bought: its step falls back to the store's next product, at that product's price", async () => {
      const { subscription, due, before, step, item } = await subscribedWithChoiceOfProducts("draft@routine.test")
      const drafted = await api.post(`/admin/products/${item.product.id}`, { status: "draft" }, admin)
      expect(drafted.status).toEqual(200)

      const refill = await quoteSubscriptionRefill(getContainer(), subscription, due)
      const replaced = refill.quote.items.find((i) => i.step.id === step.id)!
      expect(replaced).toMatchObject({ reason: "fallback" })
      expect(replaced.product.id).not.toEqual(item.product.id)
      // The other steps keep the shopper's products.
      expect(refill.quote.items.filter((i) => i.step.id !== step.id).map((i) => i.variant.id)).toEqual(
        before.quote.items.filter((i) => i.step.id !== step.id).map((i) => i.variant.id)
      )
      await service().updateRoutineSubscriptions({ id: subscription.id, last_total: refill.total })
      const renewed = await renew(subscription.id, due.toISOString())
      expect(renewed.status).toEqual("succeeded")
      const order = await orderOf(renewed.order_id!)
      expect(order.items.map((i: any) => i.product_id)).not.toContain(item.product.id)
      expect(order.items.map((i: any) => i.variant_id)).toContain(replaced.variant.id)
      expect(cents(order.item_total)).toEqual(cents(refill.total))
    })

    it("a payment the saved provider cannot take is retried, then the subscription needs action", async () => {
      const { subscription } = await subscribe("payment@routine.test")
      // The system provider never refuses; a saved provider the store no
      // longer has (uninstalled) is the refusal real parts can give.
      await service().updateRoutineSubscriptions({ id: subscription.id, payment_provider_id: "pp_uninstalled_gone" })
      const due = subscription.next_renewal_at.toISOString()
      const first = await renew(subscription.id, due)
      expect(first).toMatchObject({ status: "pending", attempts: 1, failure_reason: "payment_failed", order_id: null })
      // Medusa's own words, as the shopper and the merchant read them (a nested workflow throws a plain object).
      expect(first.failure_message).toContain("pp_uninstalled_gone")
      expect(first.cart_id).toEqual(expect.any(String))
      await renew(subscription.id, at(due, 1))
      const last = await renew(subscription.id, at(due, 4))
      expect(last).toMatchObject({ status: "failed", attempts: 3, failure_reason: "payment_failed" })
      expect(await service().retrieveRoutineSubscription(subscription.id)).toMatchObject({
        status: "needs_action",
        last_failure_reason: "payment_failed",
      })
      // The job leaves it alone; once the shopper can pay again, "renew now" orders that date's refill.
      expect(await renewDueSubscriptions(getContainer(), new Date(at(due, 5)))).toEqual([])
      await service().updateRoutineSubscriptions({ id: subscription.id, payment_provider_id: "pp_system_default" })
      const manual = await renew(subscription.id, at(due, 5), true)
      expect(manual).toMatchObject({ id: last.id, status: "succeeded", attempts: 4 })
      expect(await service().retrieveRoutineSubscription(subscription.id)).toMatchObject({
        status: "active",
        last_failure_reason: null,
        next_renewal_at: new Date(at(due, 28)),
      })
    })

    it("a few days before the renewal the shopper is invited to the check-in, once, with the refill's price", async () => {
      const { subscription } = await subscribe("invite@routine.test")
      const due = subscription.next_renewal_at.toISOString()
      expect(await remindUpcomingSubscriptions(getContainer(), new Date(at(due, -4)))).toEqual([])
      expect(await remindUpcomingSubscriptions(getContainer(), new Date(at(due, -3)))).toEqual([subscription.id])
      expect(await remindUpcomingSubscriptions(getContainer(), new Date(at(due, -2)))).toEqual([])
      const refill = await quoteSubscriptionRefill(getContainer(), subscription, new Date(due))
      const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: subscription.id })
      expect(notifications).toEqual([
        expect.objectContaining({
          to: "invite@routine.test",
          template: "routine-subscription-checkin",
          data: expect.objectContaining({ due_at: due, refill_total: refill.total }),
        }),
      ])
      const invited = await service().retrieveRoutineSubscription(subscription.id)
      expect(invited.checkin_requested_at!.toISOString()).toEqual(at(due, -3))
      expect(invited.price_notice).toBeNull()
      // The renewal clears the mark: the next date gets its own invitation.
      await renew(subscription.id, due)
      expect((await service().retrieveRoutineSubscription(subscription.id)).checkin_requested_at).toBeNull()
    })

    it("the demo's subscriber signs in with the documented credentials to an active subscription and its renewals", async () => {
      await seedSubscriber(getContainer(), seeded)
      const { data: login } = await api.post("/auth/customer/emailpass", DEMO_SUBSCRIBER)
      const headers = { headers: { ...seeded.storeHeaders.headers, authorization: `Bearer ${login.token}` } }
      const { data } = await api.get("/store/customers/me/routine-subscriptions", headers)
      expect(data.routine_subscriptions).toEqual([expect.objectContaining({ status: "active", interval_weeks: 4 })])
      const [subscription] = await service().listRoutineSubscriptions({ email: DEMO_SUBSCRIBER.email })
      const renewals = await service().listRoutineSubscriptionRenewals({ subscription_id: subscription.id }, { order: { due_at: "ASC" } })
      expect(renewals.map((r) => r.status)).toEqual(["succeeded", "succeeded"])
      expect(subscription.next_renewal_at.getTime()).toBeGreaterThan(Date.now())
      // Its orders and their analytics facts are on the days they were placed, not today.
      const orderIds = [subscription.order_id, ...renewals.map((r) => r.order_id!)]
      const { data: orders } = await api.get(`/admin/orders?id[]=${orderIds.join("&id[]=")}&fields=id,created_at`, admin)
      const days = renewals.map((r) => r.due_at.toISOString())
      expect(orders.orders.map((o: any) => o.created_at).sort()).toEqual([subscription.created_at.toISOString(), ...days].sort())
      const facts = await service().listRoutineAnalyticsEvents({ type: "ordered", order_id: orderIds })
      expect(facts.map((f) => f.occurred_at.toISOString()).sort()).toEqual([subscription.created_at.toISOString(), ...days].sort())
      // Seeding again leaves the subscriber as they are.
      await seedSubscriber(getContainer(), seeded)
      expect(await service().listRoutineSubscriptions({ email: DEMO_SUBSCRIBER.email })).toHaveLength(1)
    })

    it("the check-in adapts the next refill to the skin as it is now, and is recorded", async () => {
      const { subscription, shopper } = await subscribe("checkin@routine.test", { symptoms: ["itching"] })
      const due = subscription.next_renewal_at
      const before = await quoteSubscriptionRefill(getContainer(), subscription, due)
      const { result } = await answerRoutineSubscriptionCheckinWorkflow(getContainer()).run({
        input: { subscription_id: subscription.id, customer_id: shopper.id, symptoms: ["redness"], now: at(due, -3) },
      })
      expect(result.checkin).toMatchObject({ symptom_ids_after: [expect.any(String)] })
      const after = await service().retrieveRoutineSubscription(subscription.id)
      const [redness] = await service().listSymptoms({ handle: "redness" })
      expect(after.choice.symptoms).toEqual([redness.id])
      expect(result.refill.quote.symptoms.map((s) => s.handle)).toEqual(["redness"])
      expect(result.refill.quote.items.map((i) => i.variant.id)).not.toEqual(before.quote.items.map((i) => i.variant.id))

      // The renewal orders the refill the check-in showed.
      await service().updateRoutineSubscriptions({ id: subscription.id, last_total: result.refill.total })
      const renewal = await renew(subscription.id, due.toISOString())
      expect(renewal.status).toEqual("succeeded")
      expect(cents((await orderOf(renewal.order_id!)).item_total)).toEqual(cents(result.refill.total))
      // Another customer's subscription is not found.
      const stranger = await registerCustomer(api, seeded, "stranger@routine.test")
      await expect(
        answerRoutineSubscriptionCheckinWorkflow(getContainer()).run({
          input: { subscription_id: subscription.id, customer_id: stranger.id, symptoms: [] },
        })
      ).rejects.toMatchObject({ type: "not_found" })
    })
  },
})
