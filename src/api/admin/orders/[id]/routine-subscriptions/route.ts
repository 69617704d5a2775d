import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminOrderRoutineSubscriptionsResponse, OrderRoutineSubscription } from "../../../../../types"
import { withRoutineErrors } from "../../../../utils/route-errors"

const FIELDS = ["id", "status", "interval_weeks", "next_renewal_at", "routine.id", "routine.handle", "routine.title"]

// The graph adds the link's own column (routine_id); the answer is the documented shape only.
const named = ({ id, status, interval_weeks, next_renewal_at, routine }: OrderRoutineSubscription): OrderRoutineSubscription => ({
  id,
  status,
  interval_weeks,
  next_renewal_at,
  routine,
})

/**
 * The subscriptions an order started (one per subscribed bundle) and the one
 * it renewed, for the order page: an order placed by a renewal names its
 * subscription only through the renewal row.
 */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderRoutineSubscriptionsResponse>) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const order_id = req.params.id
    const [{ data: orders }, { data: started }, { data: renewals }] = await Promise.all([
      query.graph({ entity: "order", fields: ["id"], filters: { id: order_id } }),
      query.graph({ entity: "routine_subscription", fields: FIELDS, filters: { order_id } }),
      query.graph({
        entity: "routine_subscription_renewal",
        fields: ["due_at", ...FIELDS.map((field) => `subscription.${field}`)],
        filters: { order_id },
      }),
    ])
    if (!orders.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No order ${order_id}`)
    }
    const [renewal] = renewals
    res.json({
      started: (started as OrderRoutineSubscription[]).map(named),
      renewal_of: renewal ? { ...named(renewal.subscription as OrderRoutineSubscription), due_at: new Date(renewal.due_at).toISOString() } : null,
    })
  }
)
