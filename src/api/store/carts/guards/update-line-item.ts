import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { UpdateLineItemInCartWorkflowInputDTO } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { updateLineItemWithRoutineBundlesWorkflow } from "../../../../workflows/update-line-item-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/** POST /store/carts/:id/line-items/:line_id: core's line update and the bundle rules in one locked workflow. */
export const guardLineItemUpdate = withRoutineErrors(
  async (
    req: MedusaStoreRequest<UpdateLineItemInCartWorkflowInputDTO["update"]>,
    res: MedusaResponse
  ) => {
    await updateLineItemWithRoutineBundlesWorkflow(req.scope).run({
      input: { cart_id: req.params.id, item_id: req.params.line_id, update: req.validatedBody },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
