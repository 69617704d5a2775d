import { renewRoutineSubscriptionWorkflow } from "../../../../../../../workflows/renew-routine-subscription"
import { findShopperSubscription } from "../../../../../../utils/routine-subscriptions"
import { shopperAction } from "../../helpers"

/**
 * Renew now: the refill is ordered at once with the saved address, shipping
 * and payment (the renewal workflow's "renew now"); a failure is recorded on
 * the renewal with its reason, as the job's would be. The workflow serves
 * the job and the merchant too, so the shopper's ownership is checked here.
 */
export const POST = shopperAction(async ({ id, customer_id, req }) => {
  await findShopperSubscription(req.scope, id, customer_id)
  return renewRoutineSubscriptionWorkflow(req.scope).run({ input: { subscription_id: id, manual: true } })
})
