import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import {
  candidateVariantIds,
  findPricingRegion,
  ROUTINE_GRAPH_FIELDS,
  routineFilters,
  routineGraphContext,
  variantAvailability,
  type RoutineGraph,
} from "../../../../workflows/utils/routine-graph"
import { storeSalesChannelId } from "../../utils/sales-channel"
import { toStoreRoutine } from "../helpers"
import type { StoreGetRoutineParamsType } from "../validators"

export const GET = async (
  req: MedusaStoreRequest<unknown, StoreGetRoutineParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { region_id, sales_channel_id } = req.validatedQuery
  const salesChannelId = storeSalesChannelId(req, sales_channel_id)

  const region = region_id ? await findPricingRegion(query, region_id) : undefined

  const { data: [found] } = await query.graph({
    entity: "routine",
    fields: region
      ? ROUTINE_GRAPH_FIELDS
      : ROUTINE_GRAPH_FIELDS.filter((f) => !f.includes("calculated_price")),
    filters: routineFilters(req.params.id, false),
    ...(region && {
      context: routineGraphContext({
        region_id: region.id,
        currency_code: region.currency_code,
      }),
    }),
  })
  if (!found) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Routine with id or handle: ${req.params.id} was not found`
    )
  }

  const routine = found as RoutineGraph
  const availability = await variantAvailability(
    query,
    candidateVariantIds(routine),
    salesChannelId
  )
  res.json({ routine: toStoreRoutine(routine, salesChannelId, availability) })
}
