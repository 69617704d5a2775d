import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { subscriptionActionRefusal } from "../../../../../../../lib/subscription-actions"
import type { RoutineSubscription, StoreRoutineSubscriptionRefillResponse } from "../../../../../../../types/subscription"
import { quoteSubscriptionRefill } from "../../../../../../../workflows/utils/subscription-refill"
import { findShopperSubscription } from "../../../../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../../../../utils/route-errors"

/**
 * The next refill as it would be ordered today: its steps, products and
 * price with the subscription discount, and the change from the last order
 * (beyond the store's threshold the shopper is told before the renewal).
 * Nothing is written. A cancelled subscription has none (409).
 */
export const GET = withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreRoutineSubscriptionRefillResponse>) => {
  const subscription = await findShopperSubscription(req.scope, req.params.id, req.auth_context.actor_id)
  const refusal = subscriptionActionRefusal("quote_refill", subscription.status as RoutineSubscription["status"])
  if (refusal) throw new MedusaError(MedusaError.Types.CONFLICT, refusal)
  res.json({ refill: await quoteSubscriptionRefill(req.scope, subscription, new Date()) })
})
