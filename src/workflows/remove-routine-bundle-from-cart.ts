import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  deleteLineItemsWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { deleteRoutineBundlesStep } from "./steps/delete-routine-bundles"
import { listCartRoutineBundlesStep } from "./steps/list-cart-routine-bundles"
import { CART_LOCK_TIMEOUT_SECONDS, CART_LOCK_TTL_SECONDS } from "./utils/cart-lock"

export type RemoveRoutineBundleFromCartInput = {
  cart_id: string
  bundle_id: string
}

export const removeRoutineBundleFromCartWorkflowId =
  "remove-routine-bundle-from-cart"

/** Removes one bundle: its cart lines and its record, under the cart lock. */
export const removeRoutineBundleFromCartWorkflow = createWorkflow(
  removeRoutineBundleFromCartWorkflowId,
  (input: RemoveRoutineBundleFromCartInput) => {
    acquireLockStep({
      key: input.cart_id,
      timeout: CART_LOCK_TIMEOUT_SECONDS,
      ttl: CART_LOCK_TTL_SECONDS,
    })
    const bundles = listCartRoutineBundlesStep({
      cart_id: input.cart_id,
      bundle_ids: [input.bundle_id],
    })
    const lineIds = transform({ bundles }, ({ bundles }) =>
      bundles.flatMap((b) => b.items.map((i) => i.line_item_id)).filter(
        (id): id is string => !!id
      )
    )
    deleteLineItemsWorkflow.runAsStep({
      input: { cart_id: input.cart_id, ids: lineIds },
    })
    deleteRoutineBundlesStep([input.bundle_id])
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(void 0)
  }
)
