import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { deleteLineItemsWithRoutineBundlesWorkflow } from "../../../../workflows/delete-line-items-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/** DELETE /store/carts/:id/line-items/:line_id: core's delete and the bundle rules in one locked workflow. */
export const guardLineItemDelete = withRoutineErrors(
  async (req: MedusaStoreRequest, res: MedusaResponse) => {
    const id = req.params.line_id
    await deleteLineItemsWithRoutineBundlesWorkflow(req.scope).run({
      input: { cart_id: req.params.id, ids: [id] },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ id, object: "line-item", deleted: true, parent: cart })
  }
)
