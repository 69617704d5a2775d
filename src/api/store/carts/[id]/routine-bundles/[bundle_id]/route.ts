import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { removeRoutineBundleFromCartWorkflow } from "../../../../../../workflows/remove-routine-bundle-from-cart"

export const DELETE = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  await removeRoutineBundleFromCartWorkflow(req.scope).run({
    input: { cart_id: req.params.id, bundle_id: req.params.bundle_id },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
