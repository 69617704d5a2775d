import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addRoutineBundleToCartWorkflow } from "../../../../../workflows/add-routine-bundle-to-cart"
import type { StoreAddRoutineBundleType } from "../../validators"

export const POST = async (
  req: MedusaStoreRequest<StoreAddRoutineBundleType>,
  res: MedusaResponse
) => {
  await addRoutineBundleToCartWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
