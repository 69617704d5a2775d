import type {
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetRoutinesParamsType } from "./validators"
import { compact } from "../../../workflows/utils/compact"
import { sortSteps } from "../../../workflows/utils/routine-graph"
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
    // The graph does not order a nested relation: steps are put in position order here.
    routines: routines.map((routine) => ({
      ...routine,
      steps: routine.steps && sortSteps(compact(routine.steps as ({ position: number } | null)[])),
    })),
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})
