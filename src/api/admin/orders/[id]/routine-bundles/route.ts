import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminOrderRoutineBundlesResponse } from "../../../../../types"
import { orderRoutineBundles, orderRoutineFlags } from "../../../../utils/order-routine-bundles"
import { withRoutineErrors } from "../../../../utils/route-errors"

/** The bundles an order was bought with (returns included) and any flag raised when it was placed. */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminOrderRoutineBundlesResponse>) => {
    const [routine_bundles, flags] = await Promise.all([
      orderRoutineBundles(req.scope, req.params.id),
      orderRoutineFlags(req.scope, req.params.id),
    ])
    res.json({ routine_bundles, flags })
  }
)
