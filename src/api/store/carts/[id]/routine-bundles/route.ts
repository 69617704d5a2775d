import type {
  MedusaStoreRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addRoutineBundleToCartWorkflow } from "../../../../../workflows/add-routine-bundle-to-cart"
import type { StoreAddRoutineBundleType } from "../../validators"

export const POST = async (
  req: MedusaStoreRequest<StoreAddRoutineBundleType>,
  res: MedusaResponse
) => {
  const { errors } = await addRoutineBundleToCartWorkflow(req.scope).run({
    input: { ...req.validatedBody, cart_id: req.params.id },
    throwOnError: false,
  })
  const error = errors[0]?.error
  if (error?.type === MedusaError.Types.CONFLICT) {
    // Medusa's error handler replaces every conflict message with a generic
    // retry hint; the storefront needs to know which step cannot be filled.
    return res.status(409).json({
      type: error.type,
      code: "invalid_state_error",
      message: error.message,
    })
  }
  if (error) {
    throw error
  }
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.status(200).json({ cart })
}
