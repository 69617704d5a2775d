import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { HttpTypes } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addShippingMethodWithRoutineBundlesWorkflow } from "../../../../workflows/add-shipping-method-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

type ShippingMethodBody = HttpTypes.StoreAddCartShippingMethods & { additional_data?: Record<string, unknown> }

/**
 * POST /store/carts/:id/shipping-methods: on a cart holding bundles, core's
 * add and the bundle rules in one locked workflow, with core's answer.
 */
export const guardShippingMethodAdd = withRoutineErrors(
  async (req: MedusaStoreRequest<ShippingMethodBody | ShippingMethodBody[]>, res: MedusaResponse) => {
    const payload = req.validatedBody
    const options = Array.isArray(payload) ? payload : [payload]
    await addShippingMethodWithRoutineBundlesWorkflow(req.scope).run({
      input: {
        cart_id: req.params.id,
        options: options.map((option) => ({ id: option.option_id, data: option.data })),
        additional_data: Array.isArray(payload) ? undefined : payload.additional_data,
      },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
