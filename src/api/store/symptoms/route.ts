import type {
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetSymptomsParamsType } from "./validators"
import { withRoutineErrors } from "../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: MedusaRequest<unknown, StoreGetSymptomsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: symptoms, metadata } = await query.graph({
    entity: "symptom",
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  res.json({
    symptoms,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})
