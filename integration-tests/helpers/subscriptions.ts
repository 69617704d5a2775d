import type { MedusaContainer } from "@medusajs/framework/types"
import { ROUTINE_MODULE } from "../../src/modules/routine"
import type RoutineModuleService from "../../src/modules/routine/service"
import { regionOf, type Seeded } from "./bundle-cart"

/** The demo routine offers refills every 4, 6 or 8 weeks (written as the admin's offer form would store them). */
export const offerSubscriptions = (container: MedusaContainer, routineId: string, weeks = [4, 6, 8]) =>
  container.resolve<RoutineModuleService>(ROUTINE_MODULE).updateRoutines({
    id: routineId,
    subscriptions_enabled: true,
    subscription_interval_weeks: weeks,
  } as never)

/** When a fixture subscription renews next, unless told. */
export const FIXTURE_DUE = "2027-01-10T09:00:00.000Z"

let fixtureOrders = 0

/**
 * A subscription to the demo routine in EUR, written through the module as
 * an order's placement would, due on FIXTURE_DUE every 4 weeks. One
 * subscription per order and routine: without an `order_id` it names an
 * order of its own (not one of the store's).
 */
export const createSubscription = async (
  container: MedusaContainer,
  seeded: Seeded,
  customer: { id: string; email: string },
  fields: Record<string, unknown> = {}
) => {
  const [created] = await container.resolve<RoutineModuleService>(ROUTINE_MODULE).createRoutineSubscriptions([
    {
      customer_id: customer.id,
      email: customer.email,
      routine_id: seeded.routine.id,
      order_id: `order_fixture_${++fixtureOrders}`,
      region_id: regionOf(seeded, "eur").id,
      sales_channel_id: seeded.salesChannel.id,
      currency_code: "eur",
      interval_weeks: 4,
      choice: { quantity: 1, symptoms: ["redness"] },
      shipping_address: { first_name: "Ada", country_code: "dk" },
      shipping_option_id: "so_demo",
      payment_provider_id: "pp_system_default",
      payment_data: { saved: "pm_demo" },
      next_renewal_at: new Date(FIXTURE_DUE),
      last_total: 4990,
      ...fields,
    } as never,
  ])
  return created.id as string
}
