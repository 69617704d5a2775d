import type {
  MedusaNextFunction,
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"
import { refreshCartRoutineBundlesWorkflow } from "../../../../workflows/refresh-cart-routine-bundles"
import { assertSubscriptionCart } from "../../../../workflows/utils/subscription-account"
import { withRoutineErrors } from "../../../utils/route-errors"
import { storeCustomerId } from "../../routines/helpers"

/**
 * POST /store/carts/:id/complete: the cart's bundles are refreshed (products
 * no longer sold settled, prices of now) right before core completes it;
 * core's completion then checks them again under its own lock. A
 * subscription is refused here unless the signed-in customer owns the cart
 * and has an account, and the cart has what renewals need
 * (assertSubscriptionCart); the completion hook checks it again under the
 * cart's lock, also for paths without a request (a payment webhook).
 */
export const guardCartCompletion = withRoutineErrors(
  async (req: MedusaStoreRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    await refreshCartRoutineBundlesWorkflow(req.scope).run({ input: { cart_id: req.params.id } })
    await assertSubscriptionCart(req.scope, req.params.id, storeCustomerId(req) ?? null)
    next()
  }
)
