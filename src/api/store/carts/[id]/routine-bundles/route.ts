import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type {
  StoreCartRoutineBundleListResponse,
  StoreCartRoutineBundlesResponse,
} from "../../../../../types"
import { addRoutineBundleToCartWorkflow } from "../../../../../workflows/add-routine-bundle-to-cart"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { cartWithRoutineBundles, assertCartExists } from "../../helpers"
import { listCartRoutineBundles } from "../../../../utils/cart-routine-bundles"
import type { StoreAddRoutineBundleType } from "../../validators"
import { inShopperLanguage } from "../../../utils/locale"
import { storeCustomerId } from "../../../routines/helpers"

/** The cart's bundles, as the plugin records them. */
export const GET = withRoutineErrors(
  async (req: MedusaStoreRequest, res: MedusaResponse<StoreCartRoutineBundleListResponse>) => {
    await assertCartExists(req.scope, req.params.id)
    res.json({ routine_bundles: await inShopperLanguage(req, await listCartRoutineBundles(req.scope, { cart_id: req.params.id })) })
  }
)

/** Adds a routine to the cart as one bundle. */
export const POST = withRoutineErrors(
  async (
    req: MedusaStoreRequest<StoreAddRoutineBundleType>,
    res: MedusaResponse<StoreCartRoutineBundlesResponse>
  ) => {
    await addRoutineBundleToCartWorkflow(req.scope).run({
      input: { ...req.validatedBody, cart_id: req.params.id, auth_customer_id: storeCustomerId(req) },
    })
    res.json(await cartWithRoutineBundles(req, req.params.id))
  }
)
