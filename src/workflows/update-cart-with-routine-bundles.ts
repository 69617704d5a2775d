import type { UpdateCartWorkflowInputDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  releaseLockStep,
  updateCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { createCartRoutineBundlesWorkflow } from "./create-cart-routine-bundles"
import { deleteRoutineBundlesStep } from "./steps/delete-routine-bundles"
import { listCartRoutineBundlesStep } from "./steps/list-cart-routine-bundles"
import { rebuildRoutineBundlesStep } from "./steps/rebuild-routine-bundles"
import { CART_LOCK_TIMEOUT_SECONDS, CART_LOCK_TTL_SECONDS } from "./utils/cart-lock"

export type UpdateCartWithRoutineBundlesInput = UpdateCartWorkflowInputDTO & {
  additional_data?: Record<string, unknown>
}

export const updateCartWithRoutineBundlesWorkflowId =
  "update-cart-with-routine-bundles"

/**
 * Core's cart update, for a cart with bundles whose region changes. Core
 * deletes every custom-priced line on a region change, so under one cart lock
 * this runs the core update, then rebuilds each bundle in the new currency
 * with the same products and re-adds it as a new bundle. A bundle that cannot
 * be rebuilt complete there is dropped: its products leave the cart.
 */
export const updateCartWithRoutineBundlesWorkflow = createWorkflow(
  updateCartWithRoutineBundlesWorkflowId,
  (input: UpdateCartWithRoutineBundlesInput) => {
    acquireLockStep({
      key: input.id,
      timeout: CART_LOCK_TIMEOUT_SECONDS,
      ttl: CART_LOCK_TTL_SECONDS,
    })
    const previous = listCartRoutineBundlesStep({
      cart_id: input.id,
      with_routine_steps: true,
    })
    updateCartWorkflow.runAsStep({ input })
    deleteRoutineBundlesStep(
      transform({ previous }, ({ previous }) => previous.map((b) => b.id))
    )
    const quotes = rebuildRoutineBundlesStep({ cart_id: input.id, bundles: previous })
    createCartRoutineBundlesWorkflow.runAsStep({
      input: { cart_id: input.id, quotes },
    })
    releaseLockStep({ key: input.id })
    return new WorkflowResponse(void 0)
  }
)
