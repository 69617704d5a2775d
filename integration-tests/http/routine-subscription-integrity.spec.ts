import { Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { createRoutineSubscriptionsWorkflow } from "../../src/workflows/create-routine-subscriptions"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, prepareForCompletion, SHOPPER_ADDRESS } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { seedStore } from "../helpers/store"

jest.setTimeout(300 * 1000)

/**
 * What a shopper pays for a subscribed bundle is what a subscription the
 * store can renew allows: each defect an adversarial review found (issue 20)
 * as the path a shopper or the merchant would take, with what must happen.
 */
integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    let eurId: string
    let routineId: string
    const service = () => getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)
    const SUBSCRIPTIONS = "/store/customers/me/routine-subscriptions"

    const offer = (body: Record<string, unknown>) => api.post(`/admin/routines/${routineId}`, body, admin)

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      eurId = regionOf(seeded, "eur").id
      admin = await createAdminHeaders(api, getContainer())
      const [routine] = await service().listRoutines({ handle: ROUTINE })
      routineId = routine.id
      expect((await offer({ subscriptions_enabled: true, subscription_interval_weeks: [4, 8], subscription_discount_percentage: 10 })).status).toEqual(200)
    })

    /** A signed-in shopper's cart with a 4-weekly subscribed bundle of the demo routine. */
    const subscribedCart = async (email: string) => {
      const shopper = await registerCustomer(api, seeded, email)
      const { data } = await api.post("/store/carts", { region_id: eurId, email, shipping_address: SHOPPER_ADDRESS }, shopper.headers)
      const cartId = data.cart.id as string
      const added = await api.post(`/store/carts/${cartId}/routine-bundles`, { routine_id: ROUTINE, subscription_interval_weeks: 4 }, shopper.headers)
      expect(added.status).toEqual(200)
      return { shopper, cartId, asShopper: { ...seeded, storeHeaders: shopper.headers }, bundle: added.data.routine_bundles[0] }
    }

    /** A completed subscribed order and the subscription it started. */
    const subscribed = async (email: string) => {
      const cart = await subscribedCart(email)
      await prepareForCompletion(api, cart.asShopper, cart.cartId)
      const { data } = await complete(api, cart.asShopper, cart.cartId)
      expect(data.type).toEqual("order")
      const subscription = await eventually(async () => {
        const [found] = await service().listRoutineSubscriptions({ order_id: data.order.id })
        expect(found).toBeDefined()
        return found
      })
      return { ...cart, order: data.order, subscription }
    }

    const post = (url: string, body: unknown, headers: unknown) => api.post(url, body, headers).catch((e: any) => e.response)

    describe("1. a subscribed bundle is sold only with a subscription: cart metadata decides nothing", () => {
      it("a forged routine_subscription_id in the cart's metadata still starts the subscription the shopper paid for", async () => {
        const { shopper, cartId, asShopper, bundle } = await subscribedCart("forger@routine.test")
        expect((await api.post(`/store/carts/${cartId}`, { metadata: { routine_subscription_id: "sub_forged" } }, shopper.headers)).status).toEqual(200)
        await prepareForCompletion(api, asShopper, cartId)
        const { data } = await complete(api, asShopper, cartId)
        expect(data.type).toEqual("order")
        const subscription = await eventually(async () => {
          const [found] = await service().listRoutineSubscriptions({ order_id: data.order.id })
          expect(found).toBeDefined()
          return found
        })
        expect(subscription).toMatchObject({ customer_id: shopper.id, interval_weeks: 4 })
        expect(Number(subscription.last_total)).toEqual(bundle.total)
      })

      it("a subscribed cart without a shipping method is refused with a 400 naming it, and no order is placed", async () => {
        const { cartId, asShopper } = await subscribedCart("noshipping@routine.test")
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, asShopper.storeHeaders)
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, asShopper.storeHeaders)
        const refused = await complete(api, asShopper, cartId)
        expect([refused.status, refused.data.type]).toEqual([400, "invalid_data"])
        expect(refused.data.message).toMatch(/^shipping_methods: a subscription needs a shipping method/)
        const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, asShopper.storeHeaders)
        expect(data.cart.completed_at).toBeNull()
      })
    })

    describe("2. one subscribed bundle per routine per cart", () => {
      it("a second subscribed bundle of the routine is refused at add and at edit (409), the cart unchanged; the first's quantity may change", async () => {
        const { shopper, cartId, bundle } = await subscribedCart("twice@routine.test")
        const second = await post(`/store/carts/${cartId}/routine-bundles`, { routine_id: ROUTINE, subscription_interval_weeks: 8 }, shopper.headers)
        expect([second.status, second.data.type]).toEqual([409, "conflict"])
        expect(second.data.message).toContain(`a cart takes one subscribed bundle per routine`)
        expect(second.data.message).toContain(bundle.id)

        const once = await post(`/store/carts/${cartId}/routine-bundles`, { routine_id: ROUTINE }, shopper.headers)
        expect(once.status).toEqual(200)
        const onceBundle = once.data.routine_bundles.find((b: any) => b.id !== bundle.id)
        const switched = await post(`/store/carts/${cartId}/routine-bundles/${onceBundle.id}`, { subscription_interval_weeks: 8 }, shopper.headers)
        expect([switched.status, switched.data.type]).toEqual([409, "conflict"])

        const records = await service().listRoutineBundles({ cart_id: cartId })
        expect(records.map((r) => [r.id, r.subscription_interval_weeks]).sort()).toEqual([[bundle.id, 4], [onceBundle.id, null]].sort())
        const more = await post(`/store/carts/${cartId}/routine-bundles/${bundle.id}`, { quantity: 2 }, shopper.headers)
        expect(more.status).toEqual(200)
        expect(more.data.routine_bundles.find((b: any) => b.id === bundle.id)).toMatchObject({ quantity: 2, subscription_interval_weeks: 4 })
      })
    })

    describe("3. renew now charges no price change the shopper was not told of", () => {
      const dearer = async (email: string) => {
        const { shopper, subscription } = await subscribed(email)
        // Last time the shopper paid 30 % less than today's refill: beyond the 10 % threshold.
        await service().updateRoutineSubscriptions({ id: subscription.id, last_total: Math.round((Number(subscription.last_total) / 1.3) * 100) / 100 })
        return { shopper, subscription }
      }
      const ordered = async (subscriptionId: string) =>
        (await service().listRoutineSubscriptionRenewals({ subscription_id: subscriptionId })).filter((r) => r.order_id)

      it("the merchant's renew now tells the shopper and answers 409, charging nothing; the next one, told, orders", async () => {
        const { subscription } = await dearer("renewnow@routine.test")
        const res = await post(`/admin/routine-subscriptions/${subscription.id}/renew`, {}, admin)
        expect([res.status, res.data.type]).toEqual([409, "conflict"])
        expect(res.data.message).toContain("the shopper has been told the new price and nothing was ordered")
        expect(await ordered(subscription.id)).toHaveLength(0)
        const after = await service().retrieveRoutineSubscription(subscription.id)
        expect(after.price_notice).toEqual(expect.objectContaining({ previous_total: Number(after.last_total) }))
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: subscription.id })
        expect(notifications.map((n) => n.template)).toEqual(["routine-subscription-price-notice"])

        const again = await post(`/admin/routine-subscriptions/${subscription.id}/renew`, {}, admin)
        expect(again.status).toEqual(200)
        expect(await ordered(subscription.id)).toHaveLength(1)
      })

      it("the shopper's renew now orders at the total they were shown, and refuses another one (409 with today's total)", async () => {
        const { shopper, subscription } = await dearer("confirms@routine.test")
        const url = `${SUBSCRIPTIONS}/${subscription.id}`
        const { data: { refill } } = await api.get(`${url}/refill`, shopper.headers)
        const stale = await post(`${url}/renew`, { expected_total: refill.total - 1 }, shopper.headers)
        expect([stale.status, stale.data.type]).toEqual([409, "conflict"])
        expect(stale.data.message).toContain(`The refill now costs ${refill.total} EUR, not ${refill.total - 1}`)
        expect(await ordered(subscription.id)).toHaveLength(0)
        expect((await service().retrieveRoutineSubscription(subscription.id)).price_notice).toBeNull()

        const confirmed = await post(`${url}/renew`, { expected_total: refill.total }, shopper.headers)
        expect(confirmed.status).toEqual(200)
        const [renewal] = await ordered(subscription.id)
        expect(Number(renewal.total)).toEqual(refill.total)
      })
    })

    describe("4. renew now sent twice orders once", () => {
      it("two concurrent requests: one order, the other a 409; a page showing the old date is refused too; the renewal's order starts no subscription", async () => {
        const { shopper, subscription } = await subscribed("double@routine.test")
        const url = `${SUBSCRIPTIONS}/${subscription.id}/renew`
        const answers = await Promise.all([post(url, {}, shopper.headers), post(url, {}, shopper.headers)])
        expect(answers.map((a) => a.status).sort()).toEqual([200, 409])
        expect(answers.find((a) => a.status === 409).data.message).toContain("This subscription was renewed since")
        const renewals = await service().listRoutineSubscriptionRenewals({ subscription_id: subscription.id })
        expect(renewals.filter((r) => r.order_id)).toHaveLength(1)

        const late = await post(url, { next_renewal_at: subscription.next_renewal_at.toISOString() }, shopper.headers)
        expect([late.status, late.data.type]).toEqual([409, "conflict"])
        expect(await service().listRoutineSubscriptionRenewals({ subscription_id: subscription.id })).toHaveLength(renewals.length)

        // The renewal's cart is on its renewal row: its order starts no second subscription, even run again.
        const { result } = await createRoutineSubscriptionsWorkflow(getContainer()).run({ input: { order_id: renewals.find((r) => r.order_id)!.order_id! } })
        expect(result).toEqual([])
        expect(await service().listRoutineSubscriptions({ customer_id: shopper.id })).toHaveLength(1)
      })
    })

    describe("5. an interval withdrawn between add and completion", () => {
      it("completion is refused (409, choose again) and no order is placed", async () => {
        const { cartId, asShopper } = await subscribedCart("withdrawn@routine.test")
        await prepareForCompletion(api, asShopper, cartId)
        expect((await offer({ subscriptions_enabled: false })).status).toEqual(200)
        try {
          const refused = await complete(api, asShopper, cartId)
          expect([refused.status, refused.data.type]).toEqual([409, "conflict"])
          expect(refused.data.message).toEqual(
            "The routine no longer offers a refill every 4 weeks: choose another subscription_interval_weeks, or null to buy it once"
          )
          const { data } = await api.get(`/store/carts/${cartId}?fields=completed_at`, asShopper.storeHeaders)
          expect(data.cart.completed_at).toBeNull()
        } finally {
          expect((await offer({ subscriptions_enabled: true })).status).toEqual(200)
        }
      })
    })
  },
})
