import { renewRoutineSubscriptionWorkflow } from "../../../../../../../workflows/renew-routine-subscription"
import { findShopperSubscription, subscriptionAction } from "../../../../../../utils/routine-subscriptions"

/**
 * Renew now: the refill is ordered at once with the saved address, shipping
 * and payment (the renewal workflow's "renew now"); a failure is recorded on
 * the renewal with its reason, as the job's would be. The workflow serves
 * the job and the merchant too, so the shopper's ownership is checked here.
 */
export const POST = subscriptionAction("shopper", async ({ id, req }) => {
  await findShopperSubscription(req.scope, id, req.auth_context.actor_id)
  return renewRoutineSubscriptionWorkflow(req.scope).run({ input: { subscription_id: id, manual: true } })
})
