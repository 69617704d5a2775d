import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { validateCartRoutineBundlesWorkflow } from "../../../../workflows/validate-cart-routine-bundles"

/**
 * Runs before core's POST /store/carts/:id/complete: a cart whose bundle
 * lines differ from our records is refused with 400 invalid_data and is not
 * completed. A middleware rather than completeCartWorkflow's `validate` hook,
 * which takes one handler and stays free for the host app.
 */
export const validateBundlesBeforeComplete = async (
  req: MedusaStoreRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) => {
  await validateCartRoutineBundlesWorkflow(req.scope).run({
    input: { cart_id: req.params.id },
  })
  next()
}
