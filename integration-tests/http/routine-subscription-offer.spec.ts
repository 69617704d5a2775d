import { Modules } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { SUBSCRIPTION_ACCOUNT_MESSAGE } from "../../src/types"
import { createAdminHeaders } from "../helpers/admin"
import { cents, regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { rejection, storeClient } from "../helpers/client"
import { registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { invariantProblems } from "../helpers/invariant"
import { seedStore } from "../helpers/store"

jest.setTimeout(180 * 1000)

type Headers = { headers: Record<string, string> }

// The demo routine in EUR: 112.50 at regular prices, 95.62 at its 15 % (tier
// of five steps). Subscribers get 10 % more off the offer's price: 9.562,
// half-up 9.56, so 86.06 a refill.
const ONCE = 95.62
const SUBSCRIBED = 86.06

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: Headers
    let eurId: string
    let routineId: string
    let shopperCount = 0

    const setRoutine = (body: Record<string, unknown>, id = routineId) =>
      api.post(`/admin/routines/${id}`, body, admin).catch((e: any) => e.response)
    const adminRoutine = async () => (await api.get(`/admin/routines/${routineId}`, admin)).data.routine

    /** A signed-in shopper with an account, their cart ready for checkout, and the typed client as them. */
    const member = async () => {
      const customer = await registerCustomer(api, seeded, `subscriber-${++shopperCount}@routine.test`)
      const asMember = { ...seeded, storeHeaders: customer.headers }
      const cartId = await createCheckoutCart(api, asMember, eurId)
      const client = storeClient(api, seeded.publishableKey.token, customer.token).bundles
      return { customer, asMember, cartId, client }
    }
    const completeAs = (headers: Headers, cartId: string) =>
      api.post(`/store/carts/${cartId}/complete`, {}, headers).catch((e: any) => e.response)
    /** The order's bundle record, once the order-placed subscriber has tied it to the order. */
    const orderBundle = (orderId: string, bundleId: string) =>
      eventually(async () => {
        const [record] = await getContainer()
          .resolve<RoutineModuleService>(ROUTINE_MODULE)
          .listRoutineBundles({ id: bundleId })
        expect(record.order_id).toEqual(orderId)
        return record
      })
    const cartLinesTotal = async (headers: Headers, cartId: string) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=item_total`, headers)
      return data.cart.item_total as number
    }

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
      admin = await createAdminHeaders(api, getContainer())
      eurId = regionOf(seeded, "eur").id
      routineId = seeded.routine.id
      const { status } = await setRoutine({
        subscriptions_enabled: true,
        subscription_interval_weeks: [8, 4],
        subscription_discount_percentage: 10,
      })
      expect(status).toEqual(200)
    })

    describe("the routine's subscription settings", () => {
      it("are returned by the admin, intervals ascending, and change the offer: a new version and a history entry", async () => {
        const version = async () =>
          (
            await getContainer()
              .resolve("query")
              .graph({ entity: "routine", fields: ["offer_version"], filters: { id: routineId } })
          ).data[0].offer_version as number
        const before = await version()
        expect(await adminRoutine()).toMatchObject({
          subscriptions_enabled: true,
          subscription_interval_weeks: [4, 8],
          subscription_discount_percentage: 10,
        })

        expect((await setRoutine({ subscription_interval_weeks: [6, 4, 8] })).status).toEqual(200)
        expect(await version()).toEqual(before + 1)
        const { data } = await api.get(`/admin/routine-changes?routine_id=${routineId}&subject=offer&order=-created_at&limit=1`, admin)
        expect(data.routine_changes[0]).toMatchObject({
          before: expect.objectContaining({ subscription_interval_weeks: [4, 8], subscription_discount_percentage: 10 }),
          after: expect.objectContaining({ subscription_interval_weeks: [4, 6, 8], subscriptions_enabled: true }),
        })

        // The same settings again change nothing: no new version.
        expect((await setRoutine({ subscription_interval_weeks: [4, 6, 8] })).status).toEqual(200)
        expect(await version()).toEqual(before + 1)
        expect((await setRoutine({ subscription_interval_weeks: [4, 8] })).status).toEqual(200)
      })

      it.each([
        [{ subscription_interval_weeks: [4, 4] }, "subscription_interval_weeks"],
        [{ subscription_interval_weeks: [0] }, "subscription_interval_weeks"],
        [{ subscription_interval_weeks: [53] }, "subscription_interval_weeks"],
        [{ subscription_interval_weeks: [2.5] }, "subscription_interval_weeks"],
        [{ subscriptions_enabled: true, subscription_interval_weeks: [] }, "subscription_interval_weeks"],
        [{ subscription_interval_weeks: [] }, "subscription_interval_weeks"],
        [{ subscription_discount_percentage: 100 }, "subscription_discount_percentage"],
        [{ subscription_discount_percentage: -1 }, "subscription_discount_percentage"],
      ])("refuses %j with a 400 naming %s, changing nothing", async (body, field) => {
        const before = await adminRoutine()
        const response = await setRoutine(body)
        expect(response.status).toEqual(400)
        expect(response.data.message).toContain(field)
        const after = await adminRoutine()
        expect(after.subscription_interval_weeks).toEqual(before.subscription_interval_weeks)
        expect(after.subscription_discount_percentage).toEqual(before.subscription_discount_percentage)
      })

      it("refuses to switch subscriptions on for a routine without intervals, and creates one with them", async () => {
        const created = await api.post(
          "/admin/routines",
          { title: "Subscribable", subscriptions_enabled: true, subscription_interval_weeks: [12, 6], subscription_discount_percentage: 5.5 },
          admin
        )
        expect(created.data.routine).toMatchObject({
          subscriptions_enabled: true,
          subscription_interval_weeks: [6, 12],
          subscription_discount_percentage: 5.5,
        })
        const bare = await api.post("/admin/routines", { title: "Not yet" }, admin)
        expect(bare.data.routine).toMatchObject({ subscriptions_enabled: false, subscription_discount_percentage: 0 })
        const enabled = await setRoutine({ subscriptions_enabled: true }, bare.data.routine.id)
        expect(enabled.status).toEqual(400)
        expect(enabled.data.message).toContain("subscription_interval_weeks")
      })
    })

    describe("the quote", () => {
      const quote = (body: Record<string, unknown>) =>
        api.post(`/store/routines/${ROUTINE}/quote`, { region_id: eurId, ...body }, seeded.storeHeaders).catch((e: any) => e.response)

      it("prices once by default and says what each refill would cost", async () => {
        const { data } = await quote({})
        expect(data.quote).toMatchObject({
          subscription_interval_weeks: null,
          total: ONCE,
          subscription: { interval_weeks: [4, 8], discount_percentage: 10, total: SUBSCRIBED, extra_discount_total: 9.56 },
        })
      })

      it.each([4, 8])("prices a refill every %i weeks at the subscription price, lines adding up to the cent", async (weeks) => {
        const { data } = await quote({ subscription_interval_weeks: weeks, quantity: 2 })
        expect(data.quote).toMatchObject({
          subscription_interval_weeks: weeks,
          total: 2 * SUBSCRIBED,
          subtotal: 225,
          subscription: { total: 2 * SUBSCRIBED, extra_discount_total: 19.12 },
        })
        const lines = data.quote.items.reduce((sum: number, i: any) => sum + cents(i.discounted_unit_price) * i.quantity, 0)
        expect(lines).toEqual(cents(2 * SUBSCRIBED))
      })

      it("refuses an interval the routine does not offer with a 400 naming the field", async () => {
        const response = await quote({ subscription_interval_weeks: 6 })
        expect(response.status).toEqual(400)
        expect(response.data.message).toEqual("subscription_interval_weeks must be one of 4, 8 for this routine, got 6")
      })
    })

    describe("in the cart", () => {
      it("adds a subscribed bundle charged exactly the quote's refill total, and switches it to once and back", async () => {
        const { cartId, client } = await member()
        const { quote } = await client.routines.quote(ROUTINE, { cart_id: cartId, subscription_interval_weeks: 4 })
        const added = await client.cart.addBundle(cartId, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
        const [bundle] = added.routine_bundles
        expect(bundle).toMatchObject({ subscription_interval_weeks: 4, subscription_discount_percentage: 10, total: quote.total })
        expect(cents(added.cart.item_total)).toEqual(cents(quote.subscription!.total))

        const once = await client.cart.updateBundle(cartId, bundle.id, { subscription_interval_weeks: null })
        expect(once.routine_bundles[0]).toMatchObject({ id: bundle.id, subscription_interval_weeks: null, subscription_discount_percentage: 0, total: ONCE })
        expect(once.cart.item_total).toEqual(ONCE)

        const every8 = await client.cart.updateBundle(cartId, bundle.id, { subscription_interval_weeks: 8 })
        expect(every8.routine_bundles[0]).toMatchObject({ subscription_interval_weeks: 8, total: SUBSCRIBED })
        // A quantity change keeps the interval.
        const two = await client.cart.updateBundle(cartId, bundle.id, { quantity: 2 })
        expect(two.routine_bundles[0]).toMatchObject({ subscription_interval_weeks: 8, total: 2 * SUBSCRIBED })
        expect(await invariantProblems(getContainer(), cartId)).toEqual([])

        const refused = await rejection(client.cart.updateBundle(cartId, bundle.id, { subscription_interval_weeks: 5 }))
        expect(refused).toMatchObject({ status: 400 })
        expect(refused.message).toContain("subscription_interval_weeks")
      })

      it("keeps the terms the shopper chose when the merchant changes the subscription discount; an edit takes today's", async () => {
        const kept = await member()
        await kept.client.cart.addBundle(kept.cartId, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
        const edited = await member()
        const { routine_bundles: [bundle] } = await edited.client.cart.addBundle(edited.cartId, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
        expect((await setRoutine({ subscription_discount_percentage: 20 })).status).toEqual(200)
        try {
          // Checkout and completion re-price under the bundle's own terms.
          await prepareForCompletion(api, kept.asMember, kept.cartId)
          expect((await kept.client.cart.listBundles(kept.cartId)).routine_bundles[0]).toMatchObject({ subscription_discount_percentage: 10, total: SUBSCRIBED })
          const { data } = await completeAs(kept.customer.headers, kept.cartId)
          expect(data.type).toEqual("order")
          expect(cents(data.order.item_total)).toEqual(cents(SUBSCRIBED))

          // An edit is a new choice, priced under today's offer: 95.62 less 20 % (19.124, half-up 19.12).
          const after = await edited.client.cart.updateBundle(edited.cartId, bundle.id, { quantity: 1 })
          expect(after.routine_bundles[0]).toMatchObject({ subscription_discount_percentage: 20, total: 76.5 })
        } finally {
          await setRoutine({ subscription_discount_percentage: 10 })
        }
      })

      it("re-prices a subscribed bundle on a region change under its terms: the new currency's refill price", async () => {
        const { cartId, client, customer } = await member()
        const { routine_bundles: [bundle] } = await client.cart.addBundle(cartId, { routine_id: ROUTINE, subscription_interval_weeks: 8 })
        const usdId = regionOf(seeded, "usd").id
        const { quote } = await client.routines.quote(ROUTINE, { region_id: usdId, subscription_interval_weeks: 8 })
        const changed = await api.post(`/store/carts/${cartId}`, { region_id: usdId }, customer.headers)
        expect(changed.status).toEqual(200)
        const { routine_bundles } = await client.cart.listBundles(cartId)
        expect(routine_bundles[0]).toMatchObject({ id: bundle.id, currency_code: "usd", subscription_interval_weeks: 8, total: quote.total })
        expect(quote.total).toEqual(quote.subscription!.total)
        expect(cents(await cartLinesTotal(customer.headers, cartId))).toEqual(cents(quote.total))
        expect(await invariantProblems(getContainer(), cartId)).toEqual([])
      })

      it("best_of weighs a code against the bundle's whole discount, the subscription's included", async () => {
        expect((await setRoutine({ promotion_policy: "best_of" })).status).toEqual(200)
        await api.post(
          "/admin/promotions",
          {
            code: "TWENTYTWO",
            type: "standard",
            status: "active",
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 22 },
          },
          admin
        )
        try {
          // 22 % of 112.50 is 24.75: more than the once bundle's 16.88, less than the subscriber's 26.44.
          const once = await member()
          await once.client.cart.addBundle(once.cartId, { routine_id: ROUTINE })
          const subscribed = await member()
          await subscribed.client.cart.addBundle(subscribed.cartId, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
          for (const { cartId, customer } of [once, subscribed]) {
            await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["TWENTYTWO"] }, customer.headers)
          }
          expect((await once.client.cart.listBundles(once.cartId)).routine_bundles[0]).toMatchObject({
            discount: null,
            subscription_discount_percentage: 0,
            total: 112.5,
          })
          expect((await subscribed.client.cart.listBundles(subscribed.cartId)).routine_bundles[0]).toMatchObject({
            subscription_discount_percentage: 10,
            total: SUBSCRIBED,
          })
          const { data } = await api.get(`/store/carts/${subscribed.cartId}?fields=total,discount_total`, subscribed.customer.headers)
          expect(cents(data.cart.total)).toEqual(cents(SUBSCRIBED))
          expect(await invariantProblems(getContainer(), subscribed.cartId)).toEqual([])
        } finally {
          await setRoutine({ promotion_policy: null })
        }
      })

      it("refuses an edit keeping an interval the routine no longer offers, with a 409 saying how to choose again", async () => {
        const { cartId, client } = await member()
        const { routine_bundles: [bundle] } = await client.cart.addBundle(cartId, { routine_id: ROUTINE, subscription_interval_weeks: 8 })
        expect((await setRoutine({ subscription_interval_weeks: [4] })).status).toEqual(200)
        try {
          const refused = await rejection(client.cart.updateBundle(cartId, bundle.id, { quantity: 2 }))
          expect(refused).toMatchObject({ status: 409 })
          expect(refused.message).toContain("no longer offers a refill every 8 weeks")
          const switched = await client.cart.updateBundle(cartId, bundle.id, { quantity: 2, subscription_interval_weeks: 4 })
          expect(switched.routine_bundles[0]).toMatchObject({ subscription_interval_weeks: 4, total: 2 * SUBSCRIBED })
        } finally {
          await setRoutine({ subscription_interval_weeks: [4, 8] })
        }
      })
    })

    describe("completion", () => {
      const subscribedCart = async () => {
        const shopper = await member()
        const added = await shopper.client.cart.addBundle(shopper.cartId, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
        await prepareForCompletion(api, shopper.asMember, shopper.cartId)
        return { ...shopper, bundle: added.routine_bundles[0] }
      }

      it.each([
        ["less than the terms allow", () => 1],
        // The bundle's price bought once: more than a subscriber pays.
        ["the once price, more than the terms allow", (onceLine: number) => onceLine],
      ])("refuses, on the path payment webhooks take, a subscribed bundle's line re-priced to %s", async (_name, priceOf) => {
        const { cartId, bundle, client } = await subscribedCart()
        const { quote } = await client.routines.quote(ROUTINE, { cart_id: cartId })
        const line = bundle.items[0]
        const once = quote.items.find((i) => i.variant.id === line.variant.id)!.discounted_unit_price
        expect(once).toBeGreaterThan(line.discounted_unit_price)
        const charged = priceOf(once)
        await getContainer().resolve(Modules.CART).updateLineItems(line.line_item_id, { unit_price: charged })

        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: cartId }, throwOnError: false })
        expect(errors[0].error.message).toContain(`line ${line.line_item_id} costs ${charged}, not ${line.discounted_unit_price}`)
      })

      it("settles a tampered subscribed bundle over HTTP: it ends, and no subscription price is left to pay", async () => {
        const { asMember, cartId, bundle, customer, client } = await subscribedCart()
        await getContainer().resolve(Modules.CART).updateLineItems(bundle.items[0].line_item_id, { unit_price: 1 })
        const refused = await completeAs(customer.headers, cartId)
        expect(refused.data.message).toEqual("Payment sessions are required to complete cart")
        expect((await client.cart.listBundles(cartId)).routine_bundles).toEqual([])
        await prepareForCompletion(api, asMember, cartId)
        const { data } = await completeAs(customer.headers, cartId)
        expect(cents(data.order.item_total)).toEqual(11250)
      })

      it("reads nothing from metadata: a forged once-bundle's metadata leaves the subscription as recorded", async () => {
        const { cartId, bundle, customer } = await subscribedCart()
        const line = bundle.items[0]
        const forged = await api.post(
          `/store/carts/${cartId}/line-items/${line.line_item_id}`,
          { quantity: 1, metadata: { routine_bundle_id: "rbndl_forged", subscription_interval_weeks: null } },
          customer.headers
        )
        expect(forged.status).toEqual(200)
        expect(cents(await cartLinesTotal(customer.headers, cartId))).toEqual(cents(SUBSCRIBED))
        const { data } = await completeAs(customer.headers, cartId)
        expect(data.type).toEqual("order")
        expect(cents(data.order.item_total)).toEqual(cents(SUBSCRIBED))
        expect(await orderBundle(data.order.id, bundle.id)).toMatchObject({ subscription_interval_weeks: 4 })
      })

      it("refuses a guest, and a guest naming a member's email, with a message the storefront shows; accepts the signed-in member", async () => {
        const guestCart = await createCheckoutCart(api, seeded, eurId)
        await storeClient(api, seeded.publishableKey.token).bundles.cart.addBundle(guestCart, { routine_id: ROUTINE, subscription_interval_weeks: 8 })
        await prepareForCompletion(api, seeded, guestCart)
        const guest = await completeAs(seeded.storeHeaders, guestCart)
        expect(guest.status).toEqual(400)
        expect(guest.data).toMatchObject({ type: "not_allowed", message: SUBSCRIPTION_ACCOUNT_MESSAGE })

        const { cartId, bundle, customer } = await subscribedCart()
        // The member's cart completed by someone not signed in as them.
        const stranger = await completeAs(seeded.storeHeaders, cartId)
        expect(stranger.status).toEqual(400)
        expect(stranger.data.message).toEqual(SUBSCRIPTION_ACCOUNT_MESSAGE)

        const { data } = await completeAs(customer.headers, cartId)
        expect(data.type).toEqual("order")
        expect(cents(data.order.item_total)).toEqual(cents(SUBSCRIBED))
        expect(await orderBundle(data.order.id, bundle.id)).toMatchObject({ subscription_interval_weeks: 4 })
      })

      it("refuses a subscription on the core completion path too when the cart's customer has no account", async () => {
        const guestCart = await createCheckoutCart(api, seeded, eurId)
        await storeClient(api, seeded.publishableKey.token).bundles.cart.addBundle(guestCart, { routine_id: ROUTINE, subscription_interval_weeks: 4 })
        await prepareForCompletion(api, seeded, guestCart)
        const { errors } = await completeCartWorkflow(getContainer()).run({ input: { id: guestCart }, throwOnError: false })
        expect(errors[0].error.message).toEqual(SUBSCRIPTION_ACCOUNT_MESSAGE)
      })
    })
  },
})
