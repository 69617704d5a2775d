import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MathBN } from "@medusajs/framework/utils"
import { pluginOptions } from "../../../../../plugin-options"
import type { AdminOrderRoutineBundlesResponse } from "../../../../../types"
import { loadOrderBundleState } from "../../../../../workflows/utils/order-bundle-state"
import { orderRoutineBundles, orderRoutineFlags } from "../../../../utils/order-routine-bundles"
import { withRoutineErrors } from "../../../../utils/route-errors"

/**
 * The bundles an order was bought with, as they stand after edits and
 * returns, any flag raised when it was placed, and how partial returns are
 * refunded.
 */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderRoutineBundlesResponse>) => {
    const { partial_return_policy } = pluginOptions()
    const state = await loadOrderBundleState(req.scope, req.params.id)
    const [routine_bundles, flags] = await Promise.all([
      orderRoutineBundles(req.scope, req.params.id, partial_return_policy, state),
      orderRoutineFlags(req.scope, req.params.id),
    ])
    const owed = routine_bundles.reduce((total, b) => MathBN.add(total, b.reprice_amount), MathBN.convert(0))
    const uncredited = MathBN.sub(owed, state.repriced)
    res.json({
      routine_bundles,
      flags,
      partial_return_policy,
      reprice_credited: state.repriced,
      reprice_uncredited: MathBN.gt(uncredited, 0) ? MathBN.convert(uncredited).toNumber() : 0,
    })
  }
)
