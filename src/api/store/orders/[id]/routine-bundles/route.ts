import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { pluginOptions } from "../../../../../plugin-options"
import type { StoreOrderRoutineBundleListResponse } from "../../../../../types"
import { orderRoutineBundles } from "../../../../utils/order-routine-bundles"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { inShopperLanguage } from "../../../utils/locale"

/** The bundles an order was bought with, for its confirmation page (as core's GET /store/orders/:id, by id). */
export const GET = withRoutineErrors(
  async (req: MedusaStoreRequest, res: MedusaResponse<StoreOrderRoutineBundleListResponse>) => {
    res.json({
      routine_bundles: await inShopperLanguage(
        req,
        await orderRoutineBundles(req.scope, req.params.id, pluginOptions().partial_return_policy)
      ),
    })
  }
)
