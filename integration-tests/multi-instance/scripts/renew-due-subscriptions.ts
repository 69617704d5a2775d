import type { ExecArgs } from "@medusajs/framework/types"
import { renewDueSubscriptions } from "../../../src/jobs/renew-routine-subscriptions"

/**
 * The hourly renewal job's run at RENEWAL_NOW, in a process of its own (as a
 * server runs it): prints the renewals it left, for the multi-instance spec.
 */
export default async function renewDueSubscriptionsOnce({ container }: ExecArgs) {
  const renewals = await renewDueSubscriptions(container, new Date(process.env.RENEWAL_NOW!))
  const seen = renewals.map((r) => ({ subscription_id: r.subscription_id, status: r.status, order_id: r.order_id }))
  console.log(`RENEWALS ${JSON.stringify(seen)}`)
}
