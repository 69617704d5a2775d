import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationTestRunner } from "../helpers/integration-runner"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import type { SubscriptionStatus } from "../../src/types"
import { createAdminHeaders } from "../helpers/admin"
import { regionOf, ROUTINE, type Seeded } from "../helpers/bundle-cart"
import { createRoutineFixture, variantOf } from "../helpers/bundle-fixtures"
import { complete, createCheckoutCart, prepareForCompletion } from "../helpers/checkout"
import { seedStore } from "../helpers/store"

jest.setTimeout(240 * 1000)

integrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seeded: Seeded
    let admin: { headers: Record<string, string> }
    const routines = () => getContainer().resolve<RoutineModuleService>(ROUTINE_MODULE)
    type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<unknown> }
    const knex = () => getContainer().resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

    beforeAll(async () => {
      seeded = await seedStore(getContainer())
    })
    beforeEach(async () => {
      admin = await createAdminHeaders(api, getContainer())
    })

    let orders = 0
    const symptomId = (handle: string) => seeded.symptoms.find((s: { handle: string }) => s.handle === handle)!.id
    const subscribe = async (
      routine_id: string,
      fields: { status: SubscriptionStatus; interval_weeks: number; last_total: number; created_at: string; cancelled_at?: string; currency_code?: string; order_id?: string }
    ) => {
      const { created_at, ...rest } = fields
      const [subscription] = await routines().createRoutineSubscriptions([
        {
          routine_id,
          customer_id: "cus_figures",
          email: "subscriber@routine.test",
          order_id: rest.order_id ?? `order_figures_${++orders}`,
          region_id: regionOf(seeded, "eur").id,
          currency_code: "eur",
          choice: { quantity: 1 },
          shipping_address: { country_code: "dk" },
          shipping_option_id: "so_figures",
          payment_provider_id: "pp_system_default",
          next_renewal_at: new Date("2026-04-10T09:00:00Z"),
          ...rest,
          cancelled_at: rest.cancelled_at ? new Date(rest.cancelled_at) : null,
        },
      ])
      // The service's types leave the record's own timestamps to the ORM: its start is set as an import would.
      await knex().raw(`UPDATE routine_subscription SET created_at = ? WHERE id = ?`, [created_at, subscription.id])
      return subscription
    }
    const renew = (subscription_id: string, due_at: string, status: "succeeded" | "failed" | "skipped" | "pending", total?: number, order_id?: string) =>
      routines().createRoutineSubscriptionRenewals([
        {
          subscription_id,
          due_at: new Date(due_at),
          status,
          total: total ?? null,
          order_id: order_id ?? null,
          failure_reason: status === "failed" ? ("payment_failed" as const) : null,
        },
      ])
    const checkIn = (subscription_id: string, answered_at: string, before: string[], after: string[]) =>
      routines().createRoutineSubscriptionCheckins([
        {
          subscription_id,
          due_at: new Date(answered_at),
          answered_at: new Date(answered_at),
          symptom_ids_before: before.map(symptomId),
          symptom_ids_after: after.map(symptomId),
        },
      ])
    const placeOrder = async () => {
      const cart = await createCheckoutCart(api, seeded, regionOf(seeded, "eur").id)
      await api.post(`/store/carts/${cart}/line-items`, { variant_id: variantOf(seeded, "arctic-face-cream"), quantity: 1 }, seeded.storeHeaders)
      await prepareForCompletion(api, seeded, cart)
      const { data } = await complete(api, seeded, cart)
      return data.order as { id: string }
    }

    it("counts subscriptions, renewals, recurring revenue, churn and check-ins' symptom changes of a period exactly as worked out by hand, per routine and currency", async () => {
      const first = seeded.routine.id
      const { routine: second } = await createRoutineFixture(getContainer(), seeded, {
        handle: "second-routine",
        status: "published",
        discount: { type: "percentage", value: 10 },
        steps: [{ handle: "cleanse", products: ["moisturising-cleansing-milk"] }],
      })
      // The period is March 2026. Eight subscriptions, their dates set as the lifecycle would have written them.
      const s1 = await subscribe(first, { status: "active", interval_weeks: 4, last_total: 40, created_at: "2026-02-01T10:00:00Z" })
      const s2 = await subscribe(first, { status: "active", interval_weeks: 6, last_total: 35.5, created_at: "2026-03-10T10:00:00Z" })
      const s3 = await subscribe(first, { status: "paused", interval_weeks: 8, last_total: 50, created_at: "2026-01-15T10:00:00Z" })
      const s4 = await subscribe(first, { status: "cancelled", interval_weeks: 4, last_total: 40, created_at: "2026-02-10T10:00:00Z", cancelled_at: "2026-03-20T10:00:00Z" })
      const s5 = await subscribe(second.id, { status: "needs_action", interval_weeks: 8, last_total: 29.99, created_at: "2026-02-20T10:00:00Z" })
      await subscribe(second.id, { status: "cancelled", interval_weeks: 4, last_total: 20, created_at: "2026-01-01T10:00:00Z", cancelled_at: "2026-02-25T10:00:00Z" })
      const s7 = await subscribe(second.id, { status: "active", interval_weeks: 8, last_total: 60, created_at: "2026-02-05T10:00:00Z" })
      const s8 = await subscribe(first, { status: "active", interval_weeks: 4, last_total: 100, created_at: "2026-02-01T10:00:00Z", currency_code: "usd" })

      await renew(s1.id, "2026-02-26T09:00:00Z", "succeeded", 40) // before the period
      await renew(s1.id, "2026-03-26T09:00:00Z", "succeeded", 41.2)
      await renew(s4.id, "2026-03-10T09:00:00Z", "succeeded", 40)
      await renew(s5.id, "2026-03-05T09:00:00Z", "failed")
      await renew(s3.id, "2026-03-12T09:00:00Z", "skipped")
      await renew(s7.id, "2026-03-03T09:00:00Z", "succeeded", 60)
      await renew(s7.id, "2026-04-02T09:00:00Z", "pending") // after the period
      await renew(s8.id, "2026-03-15T09:00:00Z", "succeeded", 100) // dollars

      await checkIn(s1.id, "2026-03-20T08:00:00Z", ["redness", "itching"], ["redness"]) // itching dropped
      await checkIn(s2.id, "2026-03-22T08:00:00Z", ["redness"], ["sensitivity"]) // redness dropped, sensitivity added
      await checkIn(s7.id, "2026-03-05T08:00:00Z", ["itching"], ["itching", "sensitivity"]) // sensitivity added
      await checkIn(s1.id, "2026-03-28T08:00:00Z", ["redness"], ["redness"]) // answered, nothing changed
      await checkIn(s1.id, "2026-02-25T08:00:00Z", ["redness"], []) // before the period
      await checkIn(s8.id, "2026-03-15T08:00:00Z", ["redness"], []) // dollars

      const figures = async (query: string) =>
        (await api.get(`/admin/routine-analytics?from=2026-03-01&to=2026-03-31${query}`, admin)).data.subscriptions
      const named = (handle: string) => ({ id: symptomId(handle), name: seeded.symptoms.find((s: { handle: string }) => s.handle === handle)!.name })
      const byName = (a: { symptom: { name: string } }, b: { symptom: { name: string } }) => a.symptom.name.localeCompare(b.symptom.name)

      const eur = await figures("&currency_code=eur")
      expect(eur).toMatchObject({
        active: 3, // s1, s2, s7
        paused: 1, // s3
        needs_action: 1, // s5
        // 40 × 52/12/4 + 35.50 × 52/12/6 + 60 × 52/12/8 = 43.3333… + 25.6388… + 32.50 = 101.4722…
        recurring_revenue_monthly: 101.47,
        renewals: { succeeded: 3, failed: 1, skipped: 1, pending: 0, revenue: 141.2 }, // 41.20 + 40 + 60
        subscribed_at_start: 5, // s1, s3, s4, s5, s7 (s2 began in March, s6 ended in February)
        cancelled: 1, // s4
        churn_rate: 0.2,
        checkins: 4,
      })
      // Sensitivity changed twice; itching and redness once each, in the order of their names.
      expect(eur.symptom_changes[0]).toEqual({ symptom: named("sensitivity"), dropped: 0, added: 2 })
      expect(eur.symptom_changes.slice(1)).toEqual(
        [
          { symptom: named("itching"), dropped: 1, added: 0 },
          { symptom: named("redness"), dropped: 1, added: 0 },
        ].sort(byName)
      )

      const firstOnly = await figures(`&currency_code=eur&routine_id=${first}`)
      expect(firstOnly).toMatchObject({
        active: 2,
        paused: 1,
        needs_action: 0,
        recurring_revenue_monthly: 68.97, // 43.3333… + 25.6388… = 68.9722…
        renewals: { succeeded: 2, failed: 0, skipped: 1, pending: 0, revenue: 81.2 },
        subscribed_at_start: 3, // s1, s3, s4
        cancelled: 1,
        churn_rate: 0.3333,
        checkins: 3,
      })
      expect(firstOnly.symptom_changes).toEqual(
        [
          { symptom: named("itching"), dropped: 1, added: 0 },
          { symptom: named("redness"), dropped: 1, added: 0 },
          { symptom: named("sensitivity"), dropped: 0, added: 1 },
        ].sort(byName)
      )

      // Dollars: s8 alone, its renewal and its check-in; no one was subscribed before March, so no churn.
      expect(await figures("&currency_code=usd")).toEqual({
        active: 1,
        paused: 0,
        needs_action: 0,
        recurring_revenue_monthly: 108.33, // 100 × 52/12/4 = 108.3333…
        renewals: { succeeded: 1, failed: 0, skipped: 0, pending: 0, revenue: 100 },
        subscribed_at_start: 1,
        cancelled: 0,
        churn_rate: 0,
        checkins: 1,
        symptom_changes: [{ symptom: named("redness"), dropped: 1, added: 0 }],
      })
      // January 2025, before any subscription: the standing figures are today's, the period's are none.
      const { data: quiet } = await api.get(`/admin/routine-analytics?from=2025-01-01&to=2025-01-31&currency_code=eur`, admin)
      expect(quiet.subscriptions).toEqual({
        active: 3,
        paused: 1,
        needs_action: 1,
        recurring_revenue_monthly: 101.47,
        renewals: { succeeded: 0, failed: 0, skipped: 0, pending: 0, revenue: 0 },
        subscribed_at_start: 0,
        cancelled: 0,
        churn_rate: 0,
        checkins: 0,
        symptom_changes: [],
      })
    })

    it("names the subscriptions an order started and the one it renewed, and 404s an unknown order", async () => {
      const [started, renewed, plain] = [await placeOrder(), await placeOrder(), await placeOrder()]
      const routine = { id: seeded.routine.id, handle: ROUTINE, title: seeded.routine.title }
      const subscription = await subscribe(seeded.routine.id, { status: "active", interval_weeks: 6, last_total: 40, created_at: "2026-03-01T10:00:00Z", order_id: started.id })
      await renew(subscription.id, "2026-04-12T09:00:00Z", "succeeded", 40, renewed.id)

      const read = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/routine-subscriptions`, admin)).data
      const named = { id: subscription.id, status: "active", interval_weeks: 6, next_renewal_at: "2026-04-10T09:00:00.000Z", routine }
      expect(await read(started.id)).toEqual({ started: [named], renewal_of: null })
      expect(await read(renewed.id)).toEqual({ started: [], renewal_of: { ...named, due_at: "2026-04-12T09:00:00.000Z" } })
      expect(await read(plain.id)).toEqual({ started: [], renewal_of: null })

      const unknown = await api.get(`/admin/orders/order_nope/routine-subscriptions`, admin).catch((e) => e.response)
      expect(unknown.status).toEqual(404)
      const anonymous = await api.get(`/admin/orders/${started.id}/routine-subscriptions`).catch((e) => e.response)
      expect(anonymous.status).toEqual(401)
    })
  },
})
