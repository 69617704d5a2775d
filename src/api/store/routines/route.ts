import type {
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetRoutinesParamsType } from "./validators"
import { withRoutineErrors } from "../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: MedusaRequest<unknown, StoreGetRoutinesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: routines, metadata } = await query.graph({
    entity: "routine",
    ...req.queryConfig,
    filters: { ...req.filterableFields, status: "published" as const },
  })
  res.json({
    routines,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})
