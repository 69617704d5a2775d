import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { transferCartCustomerWithRoutineBundlesWorkflow } from "../../../../workflows/transfer-cart-customer-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/** POST /store/carts/:id/customer: core's transfer and the bundles re-priced for the customer, in one locked workflow. */
export const guardCartTransfer = withRoutineErrors(
  async (
    req: AuthenticatedMedusaRequest<{ additional_data?: Record<string, unknown> }>,
    res: MedusaResponse
  ) => {
    await transferCartCustomerWithRoutineBundlesWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        customer_id: req.auth_context?.actor_id,
        additional_data: req.validatedBody?.additional_data,
      },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
