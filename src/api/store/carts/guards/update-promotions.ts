import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { PromotionActions } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { updateCartPromotionsWithRoutineBundlesWorkflow } from "../../../../workflows/update-cart-promotions-with-routine-bundles"
import { withRoutineErrors } from "../../../utils/route-errors"

/**
 * POST and DELETE /store/carts/:id/promotions: core's promotion change and
 * the bundles' promotion policies in one locked workflow, with core's
 * actions and answer.
 */
export const guardPromotions = withRoutineErrors(
  async (req: MedusaStoreRequest<{ promo_codes: string[] }>, res: MedusaResponse) => {
    const { promo_codes } = req.validatedBody
    const action =
      req.method === "DELETE"
        ? PromotionActions.REMOVE
        : promo_codes.length > 0
          ? PromotionActions.ADD
          : PromotionActions.REPLACE
    await updateCartPromotionsWithRoutineBundlesWorkflow(req.scope).run({
      input: { cart_id: req.params.id, promo_codes, action, force_refresh_payment_collection: true },
    })
    const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ cart })
  }
)
