import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RoutineCoverageResponse } from "../../../../../types"
import { resolveBundleContext } from "../../../../../workflows/utils/bundle-context"
import { routineCoverage } from "../../../../../workflows/utils/routine-coverage"
import { loadRoutineBundleData } from "../../../../../workflows/utils/routine-bundle-data"
import { withRoutineErrors } from "../../../../utils/route-errors"
import type { AdminRoutineCoverageParamsType } from "./validators"

/**
 * The coverage audit: for every combination of the routine's symptoms, the
 * bundle the store would build now, with the steps that fall back or cannot
 * be filled, so gaps in stock and curation show before shoppers meet them.
 * One read of the routine; every combination is then computed in memory.
 */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest<unknown, AdminRoutineCoverageParamsType>, res: MedusaResponse<RoutineCoverageResponse>) => {
    const context = await resolveBundleContext(req.scope, req.validatedQuery)
    const data = await loadRoutineBundleData(req.scope, { routine_id: req.params.id, include_drafts: true, context })
    res.json(routineCoverage(data, context))
  }
)
