import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { AdminRoutineReadinessResponse } from "../../../../../types"
import { defaultSalesChannelId, resolveBundleContext } from "../../../../../workflows/utils/bundle-context"
import { readRoutineGraph } from "../../../../../workflows/utils/read-routine-graph"
import { routineCoverage } from "../../../../../workflows/utils/routine-coverage"
import { loadRoutineBundleData } from "../../../../../workflows/utils/routine-bundle-data"
import { routineSellability } from "../../../../store/routines/sellability"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { routineAvailability } from "../availability/read"
import { readinessChecks, type RegionReading } from "./checks"
import type { AdminRoutineReadinessParamsType } from "./validators"

const unpricedRead = async (req: AuthenticatedMedusaRequest<unknown, AdminRoutineReadinessParamsType>) => {
  const sales_channel_id = req.validatedQuery.sales_channel_id ?? (await defaultSalesChannelId(req.scope))
  const { routine } = await readRoutineGraph(req.scope.resolve(ContainerRegistrationKeys.QUERY), {
    routine_id: req.params.id,
    include_drafts: true,
    sales_channel_id,
  })
  return { routine, sales_channel_id }
}

/**
 * The routine's checklist before publishing (see readinessChecks): one read
 * of the routine per region, priced and stocked as that region's shoppers
 * would meet it in the sales channel (the store's default unless given).
 * Drafts included: the point is to check one before it goes live.
 */
export const GET = withRoutineErrors(
  async (
    req: AuthenticatedMedusaRequest<unknown, AdminRoutineReadinessParamsType>,
    res: MedusaResponse<AdminRoutineReadinessResponse>
  ) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const channelId = req.validatedQuery.sales_channel_id
    if (channelId) {
      const { data: [channel] } = await query.graph({ entity: "sales_channel", fields: ["id"], filters: { id: channelId } })
      if (!channel) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `sales_channel_id: sales channel "${channelId}" does not exist`)
      }
    }
    const { data: regions } = await query.graph({
      entity: "region",
      fields: ["id", "name", "currency_code"],
      pagination: { order: { name: "ASC" } },
    })
    const read = await Promise.all(
      (regions as RegionReading["region"][]).map(async (region) => {
        const context = await resolveBundleContext(req.scope, {
          region_id: region.id,
          sales_channel_id: req.validatedQuery.sales_channel_id,
        })
        const data = await loadRoutineBundleData(req.scope, { routine_id: req.params.id, include_drafts: true, context })
        const reading: RegionReading = {
          region,
          sellability: routineSellability(data.routine, context, data.availability),
          coverage: routineCoverage(data, context),
        }
        return { reading, routine: data.routine, sales_channel_id: context.sales_channel_id }
      })
    )
    // A store without regions prices nothing; the routine's shape is all there is to check.
    const { routine, sales_channel_id } = read[0] ?? (await unpricedRead(req))
    const checks = readinessChecks(
      routine,
      read.map((r) => r.reading),
      await routineAvailability(req.scope, req.params.id),
      new Date()
    )
    res.json({
      readiness: { publishable: !checks.some((c) => c.status === "blocker"), sales_channel_id, checks },
    })
  }
)
