import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { precisionOf } from "../../../../workflows/utils/bundle-context"
import { withRoutineErrors } from "../../../utils/route-errors"
import { analyticsCsv, routineAnalytics } from "../figures"
import { analyticsPeriod } from "../period"
import type { AdminRoutineAnalyticsParamsType } from "../validators"

/** The same period's daily figures as a CSV file: every day, the quiet ones as zeros, as the page's chart. */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest<unknown, AdminRoutineAnalyticsParamsType>, res: MedusaResponse) => {
    const period = await analyticsPeriod(req.scope, req.validatedQuery)
    const csv = analyticsCsv(await routineAnalytics(req.scope, period), await precisionOf(req.scope, period.currency_code))
    const name = `routine-analytics-${period.from.toISOString().slice(0, 10)}-${period.currency_code}.csv`
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="${name}"`)
    res.send(csv)
  }
)
