import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type {
  StoreCartRoutineBundleDeleteResponse,
  StoreCartRoutineBundlesResponse,
} from "../../../../../../types"
import { removeRoutineBundleFromCartWorkflow } from "../../../../../../workflows/remove-routine-bundle-from-cart"
import { updateCartRoutineBundleWorkflow } from "../../../../../../workflows/update-cart-routine-bundle"
import { withRoutineErrors } from "../../../../../utils/route-errors"
import { cartWithRoutineBundles } from "../../../helpers"
import type { StoreUpdateRoutineBundleType } from "../../../validators"
import { storeCustomerId } from "../../../../routines/helpers"

/** Changes a bundle in place: quantity, swapped products, steps left out, symptoms, once or a subscription interval. */
export const POST = withRoutineErrors(
  async (
    req: MedusaStoreRequest<StoreUpdateRoutineBundleType>,
    res: MedusaResponse<StoreCartRoutineBundlesResponse>
  ) => {
    await updateCartRoutineBundleWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        cart_id: req.params.id,
        bundle_id: req.params.bundle_id,
        auth_customer_id: storeCustomerId(req),
      },
    })
    res.json(await cartWithRoutineBundles(req, req.params.id))
  }
)

/** Takes a bundle and its lines out of the cart. */
export const DELETE = withRoutineErrors(
  async (
    req: MedusaStoreRequest,
    res: MedusaResponse<StoreCartRoutineBundleDeleteResponse>
  ) => {
    await removeRoutineBundleFromCartWorkflow(req.scope).run({
      input: { cart_id: req.params.id, bundle_id: req.params.bundle_id },
    })
    res.json({
      id: req.params.bundle_id,
      object: "routine_bundle" as const,
      deleted: true,
      ...(await cartWithRoutineBundles(req, req.params.id)),
    })
  }
)
