import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreRoutineListResponse, StoreRoutineSummary } from "../../../types"
import type { StoreGetRoutinesParamsType } from "./validators"
import { compact } from "../../../workflows/utils/compact"
import { resolveBundleContext } from "../../../workflows/utils/bundle-context"
import { sortSteps } from "../../../workflows/utils/routine-graph"
import { withRoutineErrors } from "../../utils/route-errors"
import { storeSalesChannelId } from "../utils/sales-channel"
import { storeShopper } from "../utils/shopper"
import { offeredRoutineIds } from "../../../workflows/utils/offered-routines"
import { storePricingPlace } from "./helpers"
import { inShopperLanguage } from "../utils/locale"
import { sellabilityOfRoutines } from "./sellability"

export const GET = withRoutineErrors(async (
  req: MedusaStoreRequest<unknown, StoreGetRoutinesParamsType>,
  res: MedusaResponse<StoreRoutineListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Where to sell is no filter of the routines.
  const { region_id, cart_id, sales_channel_id, ...filters } = req.filterableFields as Record<string, unknown>
  // Only the routines offered to this shopper, in the named channel or any of the key's.
  const offered = await offeredRoutineIds(
    query,
    await storeShopper(req, {
      cart_id: req.validatedQuery.cart_id,
      sales_channel_ids: req.validatedQuery.sales_channel_id
        ? [storeSalesChannelId(req, req.validatedQuery.sales_channel_id)]
        : undefined,
    })
  )
  const { data, metadata } = await query.graph({
    entity: "routine",
    ...req.queryConfig,
    filters: { ...filters, $and: [{ id: offered }], status: "published" as const },
  })
  const routines = data as StoreRoutineSummary[]
  const place = { region_id: req.validatedQuery.region_id, cart_id: req.validatedQuery.cart_id }
  const sellability =
    place.region_id || place.cart_id
      ? await sellabilityOfRoutines(
          query,
          {
            ids: compact(routines.map((r) => r.id)),
            handles: compact(routines.map((r) => r.handle)),
          },
          await resolveBundleContext(
            req.scope,
            storePricingPlace(req, place, storeSalesChannelId(req, req.validatedQuery.sales_channel_id))
          )
        )
      : null
  // The sellability names steps too.
  await inShopperLanguage(req, [routines, [...(sellability?.values() ?? [])]])
  res.json({
    routines: routines.map((routine) => ({
      ...routine,
      // The graph does not order a nested relation: steps are put in position order here.
      steps: routine.steps && sortSteps(compact(routine.steps)),
      ...(sellability && (sellability.get(routine.id) ?? sellability.get(routine.handle))),
    })),
    count: metadata?.count ?? routines.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? routines.length,
  })
})
