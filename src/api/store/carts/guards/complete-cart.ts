import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { refreshCartRoutineBundlesWorkflow } from "../../../../workflows/refresh-cart-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/**
 * POST /store/carts/:id/complete: the cart's bundles are refreshed (products
 * no longer sold settled, prices of now) right before core completes it;
 * core's completion then checks them again under its own lock.
 */
export const guardCartCompletion = withRoutineErrors(
  async (req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    await refreshCartRoutineBundlesWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    next()
  }
)
