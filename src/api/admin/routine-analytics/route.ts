import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RoutineAnalyticsResponse } from "../../../types"
import { withRoutineErrors } from "../../utils/route-errors"
import { routineAnalytics } from "./figures"
import { analyticsPeriod } from "./period"
import type { AdminRoutineAnalyticsParamsType } from "./validators"

/** The routine analytics of a period: totals, days, routines, symptoms, steps. */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest<unknown, AdminRoutineAnalyticsParamsType>, res: MedusaResponse<RoutineAnalyticsResponse>) => {
    res.json(await routineAnalytics(req.scope, await analyticsPeriod(req.scope, req.validatedQuery)))
  }
)
