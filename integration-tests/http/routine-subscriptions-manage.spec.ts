import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import type { RoutineSubscription } from "../../src/types/subscription"
import { ROUTINE_SUBSCRIPTION_EVENTS } from "../../src/workflows/events"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { complete, createCheckoutCart, prepareForCompletion, SHOPPER_ADDRESS } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customer"
import { eventually } from "../helpers/eventually"
import { databaseDigest, exchange, sendAndCompare } from "../helpers/fuzz"
import { seedStore } from "../helpers/store"
import { createSubscription, FIXTURE_DUE, offerSubscriptions } from "../helpers/subscriptions"

jest.setTimeout(300 * 1000)

const STORE = "/store/customers/me/routine-subscriptions"
const ADMIN = "/admin/routine-subscriptions"
const WEEK = 7 * 24 * 60 * 60 * 1000
const DUE = FIXTURE_DUE
const weeksAfter = (iso: string, weeks: number) => new Date(new Date(iso).getTime() + weeks * WEEK).toISOString()

type Headers = { headers: Record<string, string> }
type Step = { id: string; handle: string; variant_ids: string[] }

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: Headers
    let shopper: { id: string; headers: Headers }
    let other: { id: string; headers: Headers }
    let routineId: string
    let steps: Step[]
    let orderId: string
    /** The shopper's active subscription, due on DUE every 4 weeks. */
    let mine: string
    /** Another customer's. */
    let theirs: string
    const emails = new Map<string, string>()
    let shippingOptionId: string

    const service = () => getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)

    const subscribe = (customer: { id: string }, fields: Record<string, unknown> = {}) =>
      createSubscription(getContainer(), seeded, { id: customer.id, email: emails.get(customer.id)! }, fields)

    /** One the store can renew: the order's address and shipping option, paid with the system provider. */
    const renewable = (customer: { id: string }, fields: Record<string, unknown> = {}) =>
      subscribe(customer, { shipping_address: SHOPPER_ADDRESS, shipping_option_id: shippingOptionId, ...fields })

    const stored = async (id: string) =>
      (await service().retrieveRoutineSubscription(id)) as unknown as RoutineSubscription & { next_renewal_at: Date }

    /** Sends a shopper's or merchant's request; a refusal must leave the database as it was. */
    const send = (method: "GET" | "POST", url: string, headers: Headers, body?: unknown) =>
      sendAndCompare(getContainer(), () => exchange(api, method, url, headers, body), "unchecked")

    beforeAll(async () => {
      const container = getContainer()
      seeded = await seedStore(container)
      admin = await createAdminHeaders(api, container)
      shopper = await registerCustomer(api, seeded, "subscriber@routine.test")
      other = await registerCustomer(api, seeded, "someone.else@routine.test")
      emails.set(shopper.id, "subscriber@routine.test").set(other.id, "someone.else@routine.test")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [routine],
      } = await query.graph({
        entity: "routine",
        fields: ["id", "steps.id", "steps.handle", "steps.position", "steps.products.variants.id"],
        filters: { handle: ROUTINE },
      })
      routineId = routine.id
      steps = routine.steps
        .flatMap((s) => (s ? [s] : []))
        .sort((a, b) => a.position - b.position)
        .map((s) => ({
          id: s.id,
          handle: s.handle,
          variant_ids: s.products!.flatMap((p) => (p ? p.variants.flatMap((v) => (v ? [v.id] : [])) : [])),
        }))
      await offerSubscriptions(container, routineId)

      // A real order to start the subscriptions, so their orders can be listed.
      const cartId = await createCheckoutCart(api, seeded, regionOf(seeded, "eur").id)
      await api.post(`/store/carts/${cartId}/routine-bundles`, { routine_id: ROUTINE }, seeded.storeHeaders)
      await prepareForCompletion(api, seeded, cartId)
      orderId = (await complete(api, seeded, cartId)).data.order.id
      const {
        data: [order],
      } = await query.graph({ entity: "order", fields: ["shipping_methods.shipping_option_id"], filters: { id: orderId } })
      shippingOptionId = order.shipping_methods![0]!.shipping_option_id!

      mine = await subscribe(shopper)
      theirs = await subscribe(other, { order_id: orderId })
    })

    describe("the shopper's routes", () => {
      it("need a signed-in customer (401) and find only the customer's own subscriptions (404 for another's)", async () => {
        const signedOut = seeded.storeHeaders
        for (const [method, url] of [
          ["GET", STORE],
          ["GET", `${STORE}/${mine}`],
          ["POST", `${STORE}/${mine}/pause`],
          ["POST", `${STORE}/${mine}/cancel`],
        ] as const) {
          const result = await send(method, url, signedOut, method === "POST" ? {} : undefined)
          expect([method, url, result.status]).toEqual([method, url, 401])
        }
        for (const [method, url, body] of [
          ["GET", `${STORE}/${theirs}`, undefined],
          ["POST", `${STORE}/${theirs}`, { quantity: 2 }],
          ["POST", `${STORE}/${theirs}/skip`, {}],
          ["POST", `${STORE}/${theirs}/pause`, {}],
          ["POST", `${STORE}/${theirs}/cancel`, {}],
          ["GET", `${STORE}/rsub_unknown`, undefined],
          ["POST", `${STORE}/rsub_unknown/resume`, {}],
        ] as const) {
          const result = await send(method, url, shopper.headers, body)
          expect([method, url, result.status, result.data.type]).toEqual([method, url, 404, "not_found"])
        }
        expect((await stored(theirs)).status).toEqual("active")
      })

      it("lists the shopper's subscriptions newest first, with the routine named and no payment data, by status", async () => {
        const paused = await subscribe(shopper, { status: "paused", paused_at: new Date(DUE) })
        const { status, data } = await send("GET", STORE, shopper.headers)
        expect(status).toEqual(200)
        expect(data).toEqual(expect.objectContaining({ count: 2, offset: 0, limit: 20 }))
        expect(data.routine_subscriptions.map((s: RoutineSubscription) => s.id)).toEqual([paused, mine])
        expect(data.routine_subscriptions[1]).toEqual(
          expect.objectContaining({
            status: "active",
            interval_weeks: 4,
            last_total: 4990,
            next_renewal_at: DUE,
            routine: { id: routineId, handle: ROUTINE, title: expect.any(String) },
          })
        )
        expect(data.routine_subscriptions[1]).not.toHaveProperty("payment_data")

        const active = await send("GET", `${STORE}?status=active`, shopper.headers)
        expect(active.data.routine_subscriptions.map((s: RoutineSubscription) => s.id)).toEqual([mine])
        const bad = await send("GET", `${STORE}?status=gone`, shopper.headers)
        expect([bad.status, bad.data.type]).toEqual([400, "invalid_data"])
      })

      it("retrieves one with its renewals (newest first, their orders), check-ins and the orders it placed", async () => {
        await service().createRoutineSubscriptionRenewals([
          { subscription_id: mine, due_at: new Date("2026-11-15T09:00:00Z"), status: "succeeded", attempts: 1, order_id: orderId, total: 4990 },
          { subscription_id: mine, due_at: new Date("2026-12-13T09:00:00Z"), status: "failed", attempts: 3, failure_reason: "payment_failed", failure_message: "Card declined" },
        ] as never)
        await service().createRoutineSubscriptionCheckins([
          { subscription_id: mine, due_at: new Date("2026-12-13T09:00:00Z"), symptom_ids_before: ["a"], symptom_ids_after: [], answered_at: new Date("2026-12-10T09:00:00Z") },
        ] as never)
        const { status, data } = await send("GET", `${STORE}/${mine}`, shopper.headers)
        expect(status).toEqual(200)
        const subscription: RoutineSubscription = data.routine_subscription
        expect(subscription.renewals!.map((r) => [r.due_at, r.status, r.order_id, r.failure_reason])).toEqual([
          ["2026-12-13T09:00:00.000Z", "failed", null, "payment_failed"],
          ["2026-11-15T09:00:00.000Z", "succeeded", orderId, null],
        ])
        expect(subscription.checkins).toEqual([expect.objectContaining({ symptom_ids_before: ["a"], symptom_ids_after: [] })])
        // The order that started it is not one of this store's; the renewal's is.
        expect(subscription.orders).toEqual([
          expect.objectContaining({ id: orderId, currency_code: "eur", renewal_id: subscription.renewals![1].id, total: expect.any(Number) }),
        ])
        expect(subscription).not.toHaveProperty("payment_data")

        // Asking for the saved payment method, or another link, gets neither: the store's fields are allow-listed.
        const asked = await send("GET", `${STORE}/${mine}?fields=+payment_data,+routine.steps.id`, shopper.headers)
        expect(asked.status).toEqual(200)
        expect(asked.data.routine_subscription).not.toHaveProperty("payment_data")
        expect(asked.data.routine_subscription.routine).toEqual({ id: routineId, handle: ROUTINE, title: expect.any(String) })
      })

      it("changes the interval to one the routine offers (the renewal moves by the difference); any other is a 400 naming interval_weeks", async () => {
        const { status, data } = await send("POST", `${STORE}/${mine}`, shopper.headers, { interval_weeks: 6 })
        expect(status).toEqual(200)
        expect(data.routine_subscription).toEqual(expect.objectContaining({ interval_weeks: 6, next_renewal_at: weeksAfter(DUE, 2) }))

        const refused = await send("POST", `${STORE}/${mine}`, shopper.headers, { interval_weeks: 5 })
        expect([refused.status, refused.data.type]).toEqual([400, "invalid_data"])
        expect(refused.data.message).toEqual("interval_weeks must be one the routine offers: 4, 6, 8")
        expect((await stored(mine)).interval_weeks).toEqual(6)

        // Subscriptions switched off with the intervals kept: the routine offers none (its own rule, offeredIntervals).
        const routines = getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)
        await routines.updateRoutines({ id: routineId, subscriptions_enabled: false } as never)
        const off = await send("POST", `${STORE}/${mine}`, shopper.headers, { interval_weeks: 8 })
        expect([off.status, off.data.message]).toEqual([
          400,
          "interval_weeks: the routine offers no subscription intervals now; the subscription keeps its own",
        ])
        expect((await stored(mine)).interval_weeks).toEqual(6)
        await offerSubscriptions(getContainer(), routineId)
      })

      it("swaps a step's product for another of its candidates and sets the quantity; a product outside the step is a 400 naming the step", async () => {
        const step = steps.find((s) => s.variant_ids.length > 1)!
        const elsewhere = steps.find((s) => s.id !== step.id)!
        const foreign = elsewhere.variant_ids.find((v) => !step.variant_ids.includes(v))!
        const { status, data } = await send("POST", `${STORE}/${mine}`, shopper.headers, {
          selections: { [step.handle]: step.variant_ids[1] },
          quantity: 2,
        })
        expect(status).toEqual(200)
        expect(data.routine_subscription.choice).toEqual({ quantity: 2, symptoms: ["redness"], selections: { [step.id]: step.variant_ids[1] } })

        for (const [selections, named] of [
          [{ [step.handle]: foreign }, `selections.${step.handle}`],
          [{ "no-such-step": step.variant_ids[0] }, "selections.no-such-step"],
        ] as const) {
          const refused = await send("POST", `${STORE}/${mine}`, shopper.headers, { selections })
          expect([refused.status, refused.data.type]).toEqual([400, "invalid_data"])
          expect(refused.data.message).toContain(named)
        }
        for (const body of [{}, { quantity: 0 }, { interval_weeks: 4, unit_price: 1 }, { next_renewal_at: DUE }]) {
          const refused = await send("POST", `${STORE}/${mine}`, shopper.headers, body)
          expect([JSON.stringify(body), refused.status]).toEqual([JSON.stringify(body), 400])
        }
        expect((await stored(mine)).choice).toEqual(data.routine_subscription.choice)
      })

      it("skips the coming refill: a skipped renewal on its date, the next one an interval later", async () => {
        const { status, data } = await send("POST", `${STORE}/${mine}/skip`, shopper.headers, {})
        expect(status).toEqual(200)
        expect(data.routine_subscription.next_renewal_at).toEqual(weeksAfter(DUE, 4))
        expect(data.routine_subscription.renewals).toEqual([expect.objectContaining({ due_at: DUE, status: "skipped", order_id: null })])

        const again = await send("POST", `${STORE}/${mine}/skip`, shopper.headers, {})
        expect(again.data.routine_subscription.next_renewal_at).toEqual(weeksAfter(DUE, 8))
        expect(again.data.routine_subscription.renewals.map((r: { due_at: string }) => r.due_at)).toEqual([weeksAfter(DUE, 4), DUE])

        const withBody = await send("POST", `${STORE}/${mine}/skip`, shopper.headers, { weeks: 2 })
        expect([withBody.status, withBody.data.type]).toEqual([400, "invalid_data"])
      })

      it("skips a renewal waiting for its retry and the subscription that needed action is active again", async () => {
        const stuck = await subscribe(shopper, { status: "needs_action", last_failure_reason: "payment_failed", last_failure_message: "Card declined" })
        await service().createRoutineSubscriptionRenewals([
          { subscription_id: stuck, due_at: new Date(DUE), status: "failed", attempts: 3, failure_reason: "payment_failed" },
        ] as never)
        const { status, data } = await send("POST", `${STORE}/${stuck}/skip`, shopper.headers, {})
        expect(status).toEqual(200)
        expect(data.routine_subscription).toEqual(
          expect.objectContaining({ status: "active", last_failure_reason: null, next_renewal_at: weeksAfter(DUE, 4) })
        )
        expect(data.routine_subscription.renewals).toEqual([expect.objectContaining({ due_at: DUE, status: "skipped", attempts: 3 })])
      })

      it("a refill already ordered cannot be skipped (409 with the reason), and nothing changes", async () => {
        await service().createRoutineSubscriptionRenewals([
          { subscription_id: mine, due_at: new Date(DUE), status: "succeeded", attempts: 1, order_id: orderId },
        ] as never)
        const refused = await send("POST", `${STORE}/${mine}/skip`, shopper.headers, {})
        expect([refused.status, refused.data.type]).toEqual([409, "conflict"])
        expect(refused.data.message).toEqual("This refill was already ordered: there is nothing to skip until the next one")
      })

      it("pauses and resumes; pausing a paused one or resuming an active one is a 409 with the reason", async () => {
        const paused = await send("POST", `${STORE}/${mine}/pause`, shopper.headers, {})
        expect(paused.status).toEqual(200)
        expect(paused.data.routine_subscription).toEqual(expect.objectContaining({ status: "paused", paused_at: expect.any(String), next_renewal_at: DUE }))

        const twice = await send("POST", `${STORE}/${mine}/pause`, shopper.headers, {})
        expect([twice.status, twice.data.type, twice.data.message]).toEqual([409, "conflict", "This subscription is paused: it cannot be paused"])
        const skip = await send("POST", `${STORE}/${mine}/skip`, shopper.headers, {})
        expect([skip.status, skip.data.message]).toEqual([409, "This subscription is paused: it cannot be skipped (it renews nothing until resumed)"])

        // The saved date is still ahead: it is kept.
        const resumed = await send("POST", `${STORE}/${mine}/resume`, shopper.headers, {})
        expect(resumed.status).toEqual(200)
        expect(resumed.data.routine_subscription).toEqual(expect.objectContaining({ status: "active", paused_at: null, next_renewal_at: DUE }))

        const active = await send("POST", `${STORE}/${mine}/resume`, shopper.headers, {})
        expect([active.status, active.data.message]).toEqual([409, "This subscription is active: it cannot be resumed"])
      })

      it("resuming after the saved date has passed renews at once (now), not a whole interval later", async () => {
        const lapsed = await subscribe(shopper, { status: "paused", next_renewal_at: new Date("2026-01-05T09:00:00Z") })
        const before = Date.now()
        const { status, data } = await send("POST", `${STORE}/${lapsed}/resume`, shopper.headers, {})
        const after = Date.now()
        expect(status).toEqual(200)
        const next = new Date(data.routine_subscription.next_renewal_at).getTime()
        expect(next >= before && next <= after).toEqual(true)
      })

      it("cancels with a reason and a note; every action on a cancelled subscription is a 409 and changes nothing", async () => {
        const badReason = await send("POST", `${STORE}/${mine}/cancel`, shopper.headers, { reason: "bored" })
        expect([badReason.status, badReason.data.type]).toEqual([400, "invalid_data"])

        const { status, data } = await send("POST", `${STORE}/${mine}/cancel`, shopper.headers, { reason: "skin_improved", note: "Calm at last" })
        expect(status).toEqual(200)
        expect(data.routine_subscription).toEqual(
          expect.objectContaining({ status: "cancelled", cancel_reason: "skin_improved", cancel_note: "Calm at last", cancelled_at: expect.any(String) })
        )
        for (const [action, body, verb] of [
          ["cancel", {}, "cancelled"],
          ["pause", {}, "paused"],
          ["resume", {}, "resumed"],
          ["skip", {}, "skipped"],
          ["", { quantity: 2 }, "changed"],
        ] as const) {
          const url = action ? `${STORE}/${mine}/${action}` : `${STORE}/${mine}`
          const refused = await send("POST", url, shopper.headers, body)
          expect([url, refused.status, refused.data.type, refused.data.message]).toEqual([
            url,
            409,
            "conflict",
            `This subscription is cancelled: it cannot be ${verb}`,
          ])
        }
      })
    })

    it("emits an event for each change, after the change, with its payload", async () => {
      const emitted: [string, unknown][] = []
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      for (const name of ["UPDATED", "SKIPPED", "PAUSED", "RESUMED", "CANCELLED"] as const) {
        const eventName = ROUTINE_SUBSCRIPTION_EVENTS[name]
        eventBus.subscribe(eventName, (async ({ data }: { data: unknown }) => {
          emitted.push([eventName, data])
        }) as never)
      }
      await send("POST", `${STORE}/${mine}`, shopper.headers, { quantity: 2 })
      await send("POST", `${STORE}/${mine}/skip`, shopper.headers, {})
      await send("POST", `${STORE}/${mine}/pause`, shopper.headers, {})
      // Refused: no event.
      await send("POST", `${STORE}/${mine}/pause`, shopper.headers, {})
      await send("POST", `${ADMIN}/${mine}/resume`, admin, {})
      await send("POST", `${ADMIN}/${mine}/cancel`, admin, { reason: "too_expensive" })
      await eventually(async () => expect(emitted).toHaveLength(5))
      // Subscribers run after each answer: their order is not the test's to rely on.
      expect(emitted).toEqual(expect.arrayContaining([
        ["routine_subscription.updated", { id: mine, changed: ["choice"] }],
        ["routine_subscription.skipped", { id: mine, skipped_due_at: DUE, next_renewal_at: weeksAfter(DUE, 4) }],
        ["routine_subscription.paused", { id: mine }],
        ["routine_subscription.resumed", { id: mine }],
        ["routine_subscription.cancelled", { id: mine, reason: "too_expensive" }],
      ]))
    })

    describe("the shopper's renewal, refill and check-in", () => {
      it("renews now: the refill is ordered with the saved address, shipping and payment, and listed with its order", async () => {
        const renewing = await renewable(shopper)
        // Refusals first: the order a renewal places is recorded by subscribers after its answer.
        const theirsNow = await send("POST", `${STORE}/${theirs}/renew`, shopper.headers, {})
        expect([theirsNow.status, theirsNow.data.type]).toEqual([404, "not_found"])
        const withBody = await send("POST", `${STORE}/${renewing}/renew`, shopper.headers, { now: DUE })
        expect([withBody.status, withBody.data.type]).toEqual([400, "invalid_data"])

        // As the storefront does: the refill's total and the date the shopper was shown confirm what they order.
        const { refill } = (await send("GET", `${STORE}/${renewing}/refill`, shopper.headers)).data
        const { status, data } = await send("POST", `${STORE}/${renewing}/renew`, shopper.headers, { expected_total: refill.total, next_renewal_at: DUE })
        expect(status).toEqual(200)
        const subscription: RoutineSubscription = data.routine_subscription
        const [renewal] = subscription.renewals!
        expect(renewal).toEqual(expect.objectContaining({ status: "succeeded", order_id: expect.stringMatching(/^order_/) }))
        expect(subscription.orders!.map((o) => [o.id, o.renewal_id])).toEqual([[renewal.order_id, renewal.id]])
      })

      it("a cancelled subscription is neither renewed, priced nor checked in (409 with the reason), and nothing changes", async () => {
        const cancelled = await renewable(shopper, { status: "cancelled", cancelled_at: new Date(DUE) })
        const renew = await send("POST", `${STORE}/${cancelled}/renew`, shopper.headers, {})
        expect([renew.status, renew.data.type, renew.data.message]).toEqual([409, "conflict", "This subscription is cancelled: it cannot be renewed"])
        const refill = await send("GET", `${STORE}/${cancelled}/refill`, shopper.headers)
        expect([refill.status, refill.data.message]).toEqual([409, "This subscription is cancelled: it cannot be refilled"])
        const checkin = await send("POST", `${STORE}/${cancelled}/check-in`, shopper.headers, { symptoms: [] })
        expect([checkin.status, checkin.data.message]).toEqual([409, "This subscription is cancelled: it cannot be checked in"])
      })

      it("prices the next refill as it would be ordered today, against the last order's total; another's is a 404", async () => {
        const { status, data } = await send("GET", `${STORE}/${mine}/refill`, shopper.headers)
        expect(status).toEqual(200)
        expect(data.refill).toEqual(
          expect.objectContaining({ due_at: DUE, currency_code: "eur", previous_total: 4990, total: data.refill.quote.total })
        )
        expect(data.refill.total).toBeGreaterThan(0)
        const another = await send("GET", `${STORE}/${theirs}/refill`, shopper.headers)
        expect(another.status).toEqual(404)
      })

      it("records a check-in and answers with the refill re-built for the symptoms ticked now; an unknown symptom is a 400", async () => {
        const symptoms = seeded.symptoms.slice(0, 2).map((s) => s.handle)
        const { status, data } = await send("POST", `${STORE}/${mine}/check-in`, shopper.headers, { symptoms })
        expect(status).toEqual(200)
        expect(data.routine_subscription.checkins).toEqual([
          expect.objectContaining({ due_at: DUE, symptom_ids_after: seeded.symptoms.slice(0, 2).map((s) => s.id) }),
        ])
        expect(data.refill).toEqual(expect.objectContaining({ due_at: DUE, currency_code: "eur", total: data.refill.quote.total }))

        for (const body of [{ symptoms: ["no-such-symptom"] }, {}, { symptoms: "redness" }]) {
          const refused = await send("POST", `${STORE}/${mine}/check-in`, shopper.headers, body)
          expect([JSON.stringify(body), refused.status, refused.data.type]).toEqual([JSON.stringify(body), 400, "invalid_data"])
        }
      })
      it("previews the refill a check-in answer would give, writing nothing; saving that answer then gives the same refill", async () => {
        const checking = await subscribe(shopper)
        const before = await databaseDigest(getContainer())
        const ticked = seeded.symptoms.slice(1, 3).map((s) => s.handle)
        const { status, data } = await send("POST", `${STORE}/${checking}/check-in/preview`, shopper.headers, { symptoms: ticked })
        expect(status).toEqual(200)
        expect(data.refill.quote.symptoms.map((s: { handle: string }) => s.handle).sort()).toEqual([...ticked].sort())
        expect(data.refill).toEqual(expect.objectContaining({ due_at: DUE, currency_code: "eur", previous_total: 4990, total: data.refill.quote.total }))
        // Clear skin ("no signs") is an answer too, and is priced on its own.
        const clear = await send("POST", `${STORE}/${checking}/check-in/preview`, shopper.headers, { symptoms: [] })
        expect([clear.status, clear.data.refill.quote.symptoms]).toEqual([200, []])
        expect(await databaseDigest(getContainer())).toEqual(before)
        expect((await stored(checking)).choice.symptoms).toEqual(["redness"])

        const saved = await send("POST", `${STORE}/${checking}/check-in`, shopper.headers, { symptoms: ticked })
        expect(saved.status).toEqual(200)
        expect(saved.data.refill).toEqual(data.refill)
        expect((await send("GET", `${STORE}/${checking}/refill`, shopper.headers)).data.refill).toEqual(data.refill)
      })

      it("a check-in preview is refused as the answer is: 400 naming the field, an unknown symptom, another's (404), a cancelled one (409)", async () => {
        for (const body of [{}, { symptoms: "redness" }, { symptoms: ["redness"], preview: true }]) {
          const refused = await send("POST", `${STORE}/${mine}/check-in/preview`, shopper.headers, body)
          expect([JSON.stringify(body), refused.status, refused.data.type]).toEqual([JSON.stringify(body), 400, "invalid_data"])
          expect(refused.data.message).toMatch(/symptoms|preview/)
        }
        const unknown = await send("POST", `${STORE}/${mine}/check-in/preview`, shopper.headers, { symptoms: ["no-such-symptom"] })
        expect([unknown.status, unknown.data.type, unknown.data.message]).toEqual([400, "invalid_data", expect.stringContaining("no-such-symptom")])
        const another = await send("POST", `${STORE}/${theirs}/check-in/preview`, shopper.headers, { symptoms: [] })
        expect([another.status, another.data.type]).toEqual([404, "not_found"])
        const cancelled = await subscribe(shopper, { status: "cancelled", cancelled_at: new Date(DUE) })
        const refused = await send("POST", `${STORE}/${cancelled}/check-in/preview`, shopper.headers, { symptoms: [] })
        expect([refused.status, refused.data.type, refused.data.message]).toEqual([409, "conflict", "This subscription is cancelled: it cannot be checked in"])
      })
    })

    describe("the merchant's routes", () => {
      // Without RBAC every admin may call them; which roles may (403 for the others) is admin-rbac.spec.ts's table.
      it("need an admin (401 without)", async () => {
        for (const [method, url] of [
          ["GET", ADMIN],
          ["GET", `${ADMIN}/${mine}`],
          ["GET", `${ADMIN}/${mine}/refill`],
          ["POST", `${ADMIN}/${mine}/cancel`],
        ] as const) {
          const result = await send(method, url, shopper.headers, method === "POST" ? {} : undefined)
          expect([method, url, result.status]).toEqual([method, url, 401])
        }
      })

      it("lists every customer's subscriptions, soonest renewal first, filtered by routine, status, customer, next renewal and email", async () => {
        const later = await subscribe(other, { status: "paused", next_renewal_at: new Date("2027-03-01T09:00:00Z") })
        const ids = async (params: string) => {
          const { status, data } = await send("GET", `${ADMIN}${params}`, admin)
          expect([params, status]).toEqual([params, 200])
          return data.routine_subscriptions.map((s: RoutineSubscription) => s.id)
        }
        const all = await send("GET", ADMIN, admin)
        expect(all.data.count).toEqual(3)
        expect(all.data.routine_subscriptions[2]).toEqual(expect.objectContaining({ id: later, payment_data: { saved: "pm_demo" } }))
        expect(await ids(`?routine_id=${routineId}`)).toHaveLength(3)
        expect(await ids("?routine_id=rtn_other")).toEqual([])
        expect(await ids("?status=paused")).toEqual([later])
        expect(await ids(`?customer_id=${shopper.id}`)).toEqual([mine])
        expect(await ids("?next_renewal_at[$gte]=2027-02-01T00:00:00Z")).toEqual([later])
        expect(await ids("?next_renewal_at[$lt]=2027-02-01T00:00:00Z&order=created_at")).toEqual([mine, theirs])
        expect(await ids("?q=SUBSCRIBER@")).toEqual([mine])
        expect(await ids("?q=%25")).toEqual([])

        const narrow = await send("GET", `${ADMIN}?fields=id,status`, admin)
        expect(Object.keys(narrow.data.routine_subscriptions[0]).sort()).toEqual(["id", "status"])
        // A field outside the allowed list is dropped: no other link is reachable through a subscription.
        const outside = await send("GET", `${ADMIN}?fields=+routine.steps.id`, admin)
        expect(outside.status).toEqual(200)
        expect(outside.data.routine_subscriptions[0].routine).toEqual({ id: routineId, handle: ROUTINE, title: expect.any(String) })
        const badStatus = await send("GET", `${ADMIN}?status=gone`, admin)
        expect(badStatus.status).toEqual(400)
      })

      it("retrieves any customer's subscription with its renewals and failures; an unknown id is a 404", async () => {
        await service().createRoutineSubscriptionRenewals([
          { subscription_id: theirs, due_at: new Date(DUE), status: "pending", attempts: 1, failure_reason: "unsellable_step", failure_message: "Cleanser sold out" },
        ] as never)
        const { status, data } = await send("GET", `${ADMIN}/${theirs}`, admin)
        expect(status).toEqual(200)
        expect(data.routine_subscription).toEqual(
          expect.objectContaining({
            id: theirs,
            customer_id: other.id,
            payment_data: { saved: "pm_demo" },
            renewals: [expect.objectContaining({ status: "pending", failure_reason: "unsellable_step", failure_message: "Cleanser sold out" })],
            orders: [expect.objectContaining({ id: orderId, renewal_id: null })],
          })
        )
        const unknown = await send("GET", `${ADMIN}/rsub_unknown`, admin)
        expect([unknown.status, unknown.data.type]).toEqual([404, "not_found"])
      })

      it("prices any customer's next refill exactly as the shopper's route does; an unknown id is a 404, a cancelled one a 409", async () => {
        const priced = await subscribe(other)
        const merchants = await send("GET", `${ADMIN}/${priced}/refill`, admin)
        const shoppers = await send("GET", `${STORE}/${priced}/refill`, other.headers)
        expect([merchants.status, shoppers.status]).toEqual([200, 200])
        expect(merchants.data).toEqual(shoppers.data)
        expect(merchants.data.refill).toEqual(
          expect.objectContaining({ due_at: DUE, currency_code: "eur", previous_total: 4990, total: merchants.data.refill.quote.total })
        )

        const unknown = await send("GET", `${ADMIN}/rsub_unknown/refill`, admin)
        expect([unknown.status, unknown.data.type]).toEqual([404, "not_found"])
        const cancelled = await subscribe(other, { status: "cancelled", cancelled_at: new Date(DUE) })
        const refused = await send("GET", `${ADMIN}/${cancelled}/refill`, admin)
        expect([refused.status, refused.data.type, refused.data.message]).toEqual([409, "conflict", "This subscription is cancelled: it cannot be refilled"])
      })

      it("changes the interval and the next renewal's date; a bad date or an interval not offered is a 400 and changes nothing", async () => {
        const { status, data } = await send("POST", `${ADMIN}/${theirs}`, admin, { interval_weeks: 8, next_renewal_at: "2027-02-01T10:00:00Z" })
        expect(status).toEqual(200)
        expect(data.routine_subscription).toEqual(expect.objectContaining({ interval_weeks: 8, next_renewal_at: "2027-02-01T10:00:00.000Z" }))

        for (const [body, named] of [
          [{ next_renewal_at: "next tuesday" }, "next_renewal_at"],
          [{ interval_weeks: 3 }, "interval_weeks"],
          [{ selections: {} }, "selections"],
          [{}, "interval_weeks or next_renewal_at"],
        ] as const) {
          const refused = await send("POST", `${ADMIN}/${theirs}`, admin, body)
          expect([JSON.stringify(body), refused.status, refused.data.type]).toEqual([JSON.stringify(body), 400, "invalid_data"])
          expect(refused.data.message).toContain(named)
        }
        const unknown = await send("POST", `${ADMIN}/rsub_unknown`, admin, { interval_weeks: 8 })
        expect(unknown.status).toEqual(404)
      })

      it("renews any customer's subscription now at the total its refill gave (another total, or a second click, is a 409 that orders nothing); a paused one is a 409, an unknown id a 404", async () => {
        const paused = await renewable(other, { status: "paused" })
        const refused = await send("POST", `${ADMIN}/${paused}/renew`, admin, {})
        expect([refused.status, refused.data.message]).toEqual([409, "This subscription is paused: it cannot be renewed"])
        const unknown = await send("POST", `${ADMIN}/rsub_unknown/renew`, admin, {})
        expect(unknown.status).toEqual(404)

        const renewing = await renewable(other)
        // The last order cost today's refill: no price change to tell the shopper of first.
        const { refill } = (await send("GET", `${ADMIN}/${renewing}/refill`, admin)).data
        await service().updateRoutineSubscriptions({ id: renewing, last_total: refill.total })
        // As the admin page asks: the total and the date the merchant was shown. Another total orders nothing.
        const stale = await send("POST", `${ADMIN}/${renewing}/renew`, admin, { expected_total: refill.total - 1, next_renewal_at: DUE })
        expect([stale.status, stale.data.type]).toEqual([409, "conflict"])
        expect(stale.data.message).toContain(`The refill now costs ${refill.total} EUR, not ${refill.total - 1}`)

        const confirmed = { expected_total: refill.total, next_renewal_at: DUE }
        const { status, data } = await send("POST", `${ADMIN}/${renewing}/renew`, admin, confirmed)
        expect(status).toEqual(200)
        expect(data.routine_subscription.renewals).toEqual([
          expect.objectContaining({ due_at: DUE, status: "succeeded", order_id: expect.any(String), total: refill.total }),
        ])
        // A second click from the same page: renewed since, nothing more is ordered. (Not digest-compared:
        // the first order's bundles are still being recorded by subscribers after its answer.)
        const twice = await exchange(api, "POST", `${ADMIN}/${renewing}/renew`, admin, confirmed)
        expect([twice.status, twice.data.type]).toEqual([409, "conflict"])
        expect(twice.data.message).toContain("This subscription was renewed since")
        const renewals = await service().listRoutineSubscriptionRenewals({ subscription_id: renewing })
        expect(renewals.map((r) => [r.status, r.order_id])).toEqual([["succeeded", data.routine_subscription.renewals[0].order_id]])
      })

      it("pauses, resumes and cancels any customer's subscription, with the same 409s as the shopper's", async () => {
        const paused = await send("POST", `${ADMIN}/${theirs}/pause`, admin, {})
        expect([paused.status, paused.data.routine_subscription.status]).toEqual([200, "paused"])
        const twice = await send("POST", `${ADMIN}/${theirs}/pause`, admin, {})
        expect([twice.status, twice.data.message]).toEqual([409, "This subscription is paused: it cannot be paused"])
        const resumed = await send("POST", `${ADMIN}/${theirs}/resume`, admin, {})
        expect([resumed.status, resumed.data.routine_subscription.status]).toEqual([200, "active"])
        const cancelled = await send("POST", `${ADMIN}/${theirs}/cancel`, admin, { reason: "other", note: "Asked by phone" })
        expect(cancelled.data.routine_subscription).toEqual(expect.objectContaining({ status: "cancelled", cancel_reason: "other", cancel_note: "Asked by phone" }))
        for (const action of ["pause", "resume", "cancel"]) {
          const refused = await send("POST", `${ADMIN}/${theirs}/${action}`, admin, {})
          expect([action, refused.status, refused.data.type]).toEqual([action, 409, "conflict"])
        }
        const update = await send("POST", `${ADMIN}/${theirs}`, admin, { interval_weeks: 8 })
        expect([update.status, update.data.message]).toEqual([409, "This subscription is cancelled: it cannot be changed"])
        const unknown = await send("POST", `${ADMIN}/rsub_unknown/pause`, admin, {})
        expect(unknown.status).toEqual(404)
      })
    })
  },
})
