import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../../src/modules/routine"
import type RoutineModuleService from "../../../src/modules/routine/service"

/** What the admin subscriptions suite hands this script: the orders to tie its records to, and its second routine. */
export type SubscriptionSeedInput = { started_order_id: string; renewal_order_id: string; second_routine_id: string }

/**
 * `medusa exec` script for the admin subscriptions suite: six subscriptions
 * in every state the admin shows, through the routine module's service as
 * the lifecycle writes them, with a placed renewal (tied to a real order) and
 * a failed one. The dates are fixed, in 2027, so the list's renewal filter
 * has known answers. Erin's and Frank's can be renewed for real: customers
 * with an account (renewals order for one), the shipping option and sales
 * channel of a real order; their last refill cost less than today's by
 * more than the notice threshold, as a price rise since would make it.
 */
export default async function seedBrowserSubscriptions({ container, args }: ExecArgs) {
  const input = JSON.parse(args[0]) as SubscriptionSeedInput
  const routines = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [routine] }, { data: [region] }, { data: symptoms }, { data: [started] }, [erin, frank]] = await Promise.all([
    query.graph({ entity: "routine", fields: ["id"], filters: { handle: "barrier-restoration" } }),
    query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "eur" } }),
    query.graph({ entity: "symptom", fields: ["id", "handle"], filters: { handle: ["redness", "itching"] } }),
    query.graph({ entity: "order", fields: ["sales_channel_id", "shipping_methods.shipping_option_id"], filters: { id: input.started_order_id } }),
    container.resolve(Modules.CUSTOMER).createCustomers([
      { email: "erin@subscriptions.test", first_name: "Erin", has_account: true },
      { email: "frank@subscriptions.test", first_name: "Frank", has_account: true },
    ]),
  ])
  const symptom = (handle: string) => symptoms.find((s) => s.handle === handle)!.id
  const base = {
    routine_id: routine.id,
    region_id: region.id,
    currency_code: "eur",
    choice: { quantity: 1, symptoms: ["redness"] },
    shipping_address: { first_name: "Ada", last_name: "Shopper", address_1: "Nørregade 1", city: "Copenhagen", postal_code: "1165", country_code: "dk" },
    shipping_option_id: "so_browser",
    payment_provider_id: "pp_system_default",
    last_total: 52.2,
  }
  const renewable = {
    ...base,
    sales_channel_id: started.sales_channel_id,
    shipping_option_id: started.shipping_methods![0]!.shipping_option_id!,
    interval_weeks: 4,
  }
  const [alice, bob] = await routines.createRoutineSubscriptions([
    { ...base, customer_id: "cus_alice", email: "alice@subscriptions.test", order_id: input.started_order_id, interval_weeks: 4, next_renewal_at: new Date("2027-01-10T09:00:00Z") },
    {
      ...base,
      customer_id: "cus_bob",
      email: "bob@subscriptions.test",
      order_id: "order_bob_first",
      interval_weeks: 6,
      status: "needs_action",
      next_renewal_at: new Date("2027-01-20T09:00:00Z"),
      last_failure_reason: "payment_failed",
      last_failure_message: "Card declined.",
    },
    { ...base, customer_id: "cus_carol", email: "carol@subscriptions.test", order_id: "order_carol_first", interval_weeks: 8, status: "paused", paused_at: new Date("2026-11-01T09:00:00Z"), next_renewal_at: new Date("2027-03-01T09:00:00Z") },
    { ...base, routine_id: input.second_routine_id, customer_id: "cus_dave", email: "dave@subscriptions.test", order_id: "order_dave_first", interval_weeks: 4, next_renewal_at: new Date("2027-02-14T09:00:00Z") },
    // Erin's renews; Frank's is Erin's with a payment provider the store no longer has.
    { ...renewable, customer_id: erin.id, email: erin.email, order_id: "order_erin_first", next_renewal_at: new Date("2027-03-07T09:00:00Z") },
    {
      ...renewable,
      customer_id: frank.id,
      email: frank.email,
      order_id: "order_frank_first",
      payment_provider_id: "pp_retired_default",
      next_renewal_at: new Date("2027-04-04T09:00:00Z"),
    },
  ])
  await routines.createRoutineSubscriptionRenewals([
    { subscription_id: alice.id, due_at: new Date("2026-12-13T09:00:00Z"), status: "succeeded", attempts: 1, order_id: input.renewal_order_id, total: 52.2 },
    { subscription_id: bob.id, due_at: new Date("2026-12-09T09:00:00Z"), status: "failed", attempts: 3, failure_reason: "payment_failed", failure_message: "Card declined." },
  ])
  await routines.createRoutineSubscriptionCheckins([
    { subscription_id: alice.id, due_at: new Date("2026-12-13T09:00:00Z"), answered_at: new Date("2026-12-10T09:00:00Z"), symptom_ids_before: [symptom("redness"), symptom("itching")], symptom_ids_after: [symptom("redness")] },
  ])
}
