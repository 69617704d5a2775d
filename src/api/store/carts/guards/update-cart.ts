import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { UpdateCartWorkflowInputDTO } from "@medusajs/framework/types"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { updateCartWithRoutineBundlesWorkflow } from "../../../../workflows/update-cart-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/** POST /store/carts/:id: core's update and the bundle rules in one locked workflow. */
export const guardCartUpdate = withRoutineErrors(
  async (
    req: MedusaStoreRequest<Omit<UpdateCartWorkflowInputDTO, "id"> & { additional_data?: Record<string, unknown> }>,
    res: MedusaResponse
  ) => {
    await updateCartWithRoutineBundlesWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
