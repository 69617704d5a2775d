import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { routineFilters } from "../../../workflows/utils/read-routine-graph"
import { compact } from "../../../workflows/utils/compact"
import { isOfferedIn, type GraphProduct } from "../../../workflows/utils/routine-graph"
import type { StoreGetSymptomsParamsType } from "./validators"
import { withRoutineErrors } from "../../utils/route-errors"
import { inShopperLanguage } from "../utils/locale"
import { isOfferedTo, ROUTINE_AVAILABILITY_FIELDS, type RoutineAvailabilityFields, type RoutineShopper } from "../../../lib/routine-availability"
import { storeShopper } from "../utils/shopper"

type RoutineProducts = RoutineAvailabilityFields & { steps: ({ products?: (GraphProduct | null)[] | null } | null)[] }

/**
 * The symptoms the products of a routine offered to the shopper address,
 * among those sold in the request's channels: a symptom none of them
 * addresses cannot change the bundle, so the routine's finder does not offer
 * it, whatever other routines use it for.
 */
const symptomIdsOfRoutine = async (query: Omit<RemoteQueryFunction, symbol>, idOrHandle: string, shopper: RoutineShopper) => {
  const { data: [routine] } = await query.graph({
    entity: "routine",
    fields: [
      "id",
      ...ROUTINE_AVAILABILITY_FIELDS,
      "steps.products.id",
      "steps.products.status",
      "steps.products.sales_channels.id",
      "steps.products.symptoms.id",
    ],
    filters: routineFilters(idOrHandle, false),
  })
  if (!routine || !isOfferedTo(routine as RoutineProducts, shopper, new Date())) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Routine with id or handle: ${idOrHandle} was not found`)
  }
  const products = compact((routine as RoutineProducts).steps).flatMap((step) => compact(step.products ?? []))
  return [
    ...new Set(
      products
        .filter((p) => isOfferedIn(p, shopper.sales_channel_ids))
        .flatMap((p) => compact(p.symptoms ?? []).map((s) => s.id))
    ),
  ]
}

export const GET = withRoutineErrors(async (
  req: MedusaStoreRequest<unknown, StoreGetSymptomsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { routine_id, ...filters } = req.filterableFields as StoreGetSymptomsParamsType
  const ofRoutine = routine_id
    ? await symptomIdsOfRoutine(query, routine_id, await storeShopper(req, {}))
    : undefined
  const asked = filters.id === undefined ? undefined : [filters.id].flat()
  const { data: symptoms, metadata } = await query.graph({
    entity: "symptom",
    ...req.queryConfig,
    filters: {
      ...filters,
      ...(ofRoutine && { id: asked ? ofRoutine.filter((id) => asked.includes(id)) : ofRoutine }),
    },
  })
  await inShopperLanguage(req, symptoms)
  res.json({
    symptoms,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})
