import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreRoutineResponse } from "../../../../types"
import { resolveBundleContext } from "../../../../workflows/utils/bundle-context"
import { readRoutineGraph } from "../../../../workflows/utils/routine-graph"
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
    const { routine, availability } = await readRoutineGraph(
      req.scope.resolve(ContainerRegistrationKeys.QUERY),
      {
        routine_id: req.params.id,
        pricing: context.pricing,
        sales_channel_id: context.sales_channel_id,
        fields: req.queryConfig.fields,
      }
    )
    res.json({ routine: toStoreRoutine(routine, context.sales_channel_id, availability) })
  }
)
