import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { RoutineSubscription, StoreRoutineSubscriptionListResponse } from "../../../../../types/subscription"
import { presentSubscription } from "../../../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../../../utils/route-errors"
import type { StoreGetRoutineSubscriptionsParamsType } from "./validators"

/** The signed-in shopper's subscriptions, newest first, with their routine's title and handle. */
export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetRoutineSubscriptionsParamsType>,
  res: MedusaResponse<StoreRoutineSubscriptionListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "routine_subscription",
    ...req.queryConfig,
    filters: { ...req.filterableFields, customer_id: req.auth_context.actor_id },
  })
  res.json({
    routine_subscriptions: (data as unknown as RoutineSubscription[]).map(presentSubscription),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
})
