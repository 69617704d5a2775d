import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminRoutineChangeListResponse } from "../../../types"
import { withRoutineErrors } from "../../utils/route-errors"
import type { AdminGetRoutineChangesParamsType } from "./validators"

/** The history of offers and curation: who changed what, when, from what, to what. */
export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRoutineChangesParamsType>,
  res: MedusaResponse<AdminRoutineChangeListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Entries of one transaction share a time: the id settles their order, so
  // pages never skip or repeat one at a boundary.
  const order = req.queryConfig.pagination?.order ?? { created_at: "DESC" }
  const direction = Object.values(order)[0] ?? "DESC"
  const { data, metadata } = await query.graph({
    entity: "routine_change",
    ...req.queryConfig,
    pagination: { ...req.queryConfig.pagination, order: { ...order, id: direction } },
    filters: req.filterableFields,
  })
  res.json({
    routine_changes: data as unknown as AdminRoutineChangeListResponse["routine_changes"],
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
})
