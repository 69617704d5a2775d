import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminRoutineSubscriptionListResponse, RoutineSubscription } from "../../../types/subscription"
import { presentSubscription } from "../../utils/routine-subscriptions"
import { withRoutineErrors } from "../../utils/route-errors"
import type { AdminGetRoutineSubscriptionsParamsType } from "./validators"

/** Escapes LIKE's wildcards, so `q` matches what it says. */
const likeOf = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/** Subscriptions, soonest renewal first, filtered (validators.ts says by what). */
export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRoutineSubscriptionsParamsType>,
  res: MedusaResponse<AdminRoutineSubscriptionListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { q, ...filters } = req.filterableFields as Record<string, unknown> & { q?: string }
  const { data, metadata } = await query.graph({
    entity: "routine_subscription",
    ...req.queryConfig,
    filters: { ...filters, ...(q && { email: { $ilike: likeOf(q) } }) },
  })
  res.json({
    routine_subscriptions: (data as unknown as RoutineSubscription[]).map(presentSubscription),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
})
