import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreRoutineResponse } from "../../../../types"
import { resolveBundleContext } from "../../../../workflows/utils/bundle-context"
import { readRoutineGraph } from "../../../../workflows/utils/routine-graph"
import { cachedRoutinePage } from "../../../../workflows/utils/routine-page-cache"
import { withRoutineErrors } from "../../../utils/route-errors"
import { storeSalesChannelId } from "../../utils/sales-channel"
import { storePricingPlace, toStoreRoutine } from "../helpers"
import type { StoreGetRoutineParamsType } from "../validators"

/** A routine by id or handle, with its steps' candidates priced for this shopper. */
export const GET = withRoutineErrors(
  async (
    req: MedusaStoreRequest<unknown, StoreGetRoutineParamsType>,
    res: MedusaResponse<StoreRoutineResponse>
  ) => {
    const { region_id, cart_id, sales_channel_id } = req.validatedQuery
    const salesChannelId = storeSalesChannelId(req, sales_channel_id)
    const context = await resolveBundleContext(
      req.scope,
      storePricingPlace(req, { region_id, cart_id }, salesChannelId)
    )
    const { page, status } = await cachedRoutinePage(
      req.scope,
      {
        key: JSON.stringify([req.params.id, context.fingerprint, context.sales_channel_id, [...req.queryConfig.fields].sort()]),
        // Prices of a logged-in shopper may be theirs alone (group price lists).
        cacheable: !context.pricing.customer,
      },
      async () => {
        const { routine, availability } = await readRoutineGraph(req.scope.resolve(ContainerRegistrationKeys.QUERY), {
          routine_id: req.params.id,
          pricing: context.pricing,
          sales_channel_id: context.sales_channel_id,
          fields: req.queryConfig.fields,
        })
        return { routine: toStoreRoutine(routine, context.sales_channel_id, availability) }
      }
    )
    res.setHeader("x-routine-cache", status)
    res.json(page)
  }
)
