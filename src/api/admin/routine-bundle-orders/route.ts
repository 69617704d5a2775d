import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminRoutineBundleOrdersResponse } from "../../../types"
import { withRoutineErrors } from "../../utils/route-errors"
import type { AdminRoutineBundleOrdersParamsType } from "./validators"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * The orders bought with routine bundles, newest first (order ids are ULIDs,
 * so they sort by time), each with its routines and what its bundles cost:
 * Medusa 2.21's order list takes widgets above and below it, not a column,
 * so the admin lists these above it.
 */
export const GET = withRoutineErrors(
  async (
    req: AuthenticatedMedusaRequest<unknown, AdminRoutineBundleOrdersParamsType>,
    res: MedusaResponse<AdminRoutineBundleOrdersResponse>
  ) => {
    const { limit, offset } = req.validatedQuery
    const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
    const [{ rows }, { rows: [counted] }] = await Promise.all([
      knex.raw(
        `SELECT b.order_id, b.currency_code, count(*)::int AS bundles, sum(b.total) AS bundle_total,
           json_agg(DISTINCT jsonb_build_object('id', r.id, 'title', r.title)) AS routines
         FROM routine_bundle b JOIN routine r ON r.id = b.routine_id
         WHERE b.deleted_at IS NULL AND b.order_id IS NOT NULL
         GROUP BY b.order_id, b.currency_code ORDER BY b.order_id DESC LIMIT ? OFFSET ?`,
        [limit, offset]
      ),
      knex.raw(`SELECT count(DISTINCT order_id)::int AS n FROM routine_bundle WHERE deleted_at IS NULL AND order_id IS NOT NULL`, []),
    ])
    const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: ["id", "display_id", "created_at", "email"],
      filters: { id: rows.map((row) => String(row.order_id)) },
    })
    const byId = new Map(orders.map((order) => [order.id, order]))
    res.json({
      orders: rows.flatMap((row) => {
        const order = byId.get(String(row.order_id))
        return order
          ? [
              {
                id: order.id,
                display_id: order.display_id ?? null,
                created_at: new Date(order.created_at as string | Date).toISOString(),
                email: order.email ?? null,
                currency_code: String(row.currency_code),
                bundles: Number(row.bundles),
                bundle_total: Number(row.bundle_total),
                routines: (row.routines as { id: string; title: string }[]).sort((a, b) => a.title.localeCompare(b.title)),
              },
            ]
          : []
      }),
      count: Number(counted.n),
      offset,
      limit,
    })
  }
)
