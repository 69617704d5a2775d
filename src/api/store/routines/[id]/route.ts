import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreRoutineResponse } from "../../../../types"
import { resolveBundleContext } from "../../../../workflows/utils/bundle-context"
import { readRoutineGraph } from "../../../../workflows/utils/read-routine-graph"
import { cachedRoutinePage } from "../../../../workflows/utils/routine-page-cache"
import { withRoutineErrors } from "../../../utils/route-errors"
import { offeredUntil } from "../../../../lib/routine-availability"
import { storeSalesChannelId } from "../../utils/sales-channel"
import { storePricingPlace, toStoreRoutine } from "../helpers"
import { inShopperLanguage } from "../../utils/locale"
import type { StoreGetRoutineParamsType } from "../validators"

/** Bumped when the page gains or changes a field (2: `sellable`, `unsellable_reason`). */
const PAGE_SHAPE = 2

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
        // The fingerprint holds the region, currency and customer groups, which sellability and
        // whether the routine is offered at all depend on too;
        // PAGE_SHAPE keeps pages stored before a change of the page's shape from being served.
        key: JSON.stringify([PAGE_SHAPE, req.params.id, context.fingerprint, context.sales_channel_id, [...req.queryConfig.fields].sort(), req.locale ?? null]),
        // Prices of a logged-in shopper may be theirs alone (group price lists).
        cacheable: !context.pricing.customer,
      },
      async () => {
        const { routine, availability } = await readRoutineGraph(req.scope.resolve(ContainerRegistrationKeys.QUERY), {
          routine_id: req.params.id,
          pricing: context.pricing,
          sales_channel_id: context.sales_channel_id,
          customer_group_ids: context.customer_group_ids,
          fields: req.queryConfig.fields,
        })
        // Not served past the end of the routine's schedule (before its start it is not found).
        return { page: { routine: await inShopperLanguage(req, toStoreRoutine(routine, context, availability)) }, until: offeredUntil([routine], new Date()) }
      }
    )
    res.setHeader("x-routine-cache", status)
    res.json(page)
  }
)
