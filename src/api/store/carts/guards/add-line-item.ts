import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addToCartWithRoutineBundlesWorkflow } from "../../../../workflows/add-to-cart-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/**
 * POST /store/carts/:id/line-items: on a cart holding bundles, core's add and
 * the bundle rules in one locked workflow, with core's answer.
 */
export const guardLineItemAdd = withRoutineErrors(
  async (
    req: MedusaStoreRequest<HttpTypes.StoreAddCartLineItem & { additional_data?: Record<string, unknown> }>,
    res: MedusaResponse
  ) => {
    await addToCartWithRoutineBundlesWorkflow(req.scope).run({
      input: { cart_id: req.params.id, items: [req.validatedBody], additional_data: req.validatedBody.additional_data },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
