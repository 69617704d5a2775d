import type { UpdateCartWorkflowInputDTO } from "@medusajs/framework/types"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  updateCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { refreshCartRoutineBundlesWorkflow } from "./refresh-cart-routine-bundles"
import { acquireCartLockStep } from "./steps/acquire-cart-lock"
import { releaseCartLockStep } from "./steps/release-cart-lock"

export type UpdateCartWithRoutineBundlesInput = UpdateCartWorkflowInputDTO & {
  additional_data?: Record<string, unknown>
}

export const updateCartWithRoutineBundlesWorkflowId = "update-cart-with-routine-bundles"

/**
 * Core's cart update (POST /store/carts/:id) with the cart's bundles kept
 * honest, all under one hold of the cart's lock:
 * 1. bundles with a product that can no longer be sold are settled first
 *    (core's full refresh on a region or address change refuses a cart
 *    holding such a line, which would leave the cart stuck);
 * 2. core's update runs as it would alone;
 * 3. the bundles are re-priced for the cart as it is now (region, currency,
 *    customer, channel, address); on a region change, which deletes every
 *    custom-priced line, their lines are re-created in the new currency,
 *    keeping the bundles' ids.
 * Whether the region changed is decided under the lock, so two identical
 * updates sent at once leave the same cart as one.
 */
export const updateCartWithRoutineBundlesWorkflow = createWorkflow(
  updateCartWithRoutineBundlesWorkflowId,
  (input: UpdateCartWithRoutineBundlesInput) => {
    const lock = acquireCartLockStep({ cart_id: input.id })
    refreshCartRoutineBundlesWorkflow
      .runAsStep({ input: { cart_id: input.id } })
      .config({ name: "settle-routine-bundles-before-update" })
    const { data: before } = useQueryGraphStep({
      entity: "cart",
      fields: ["id", "region_id"],
      filters: { id: input.id },
      options: { isList: false, throwIfKeyNotFound: true },
    }).config({ name: "cart-region-before-update" })
    updateCartWorkflow.runAsStep({ input })
    refreshCartRoutineBundlesWorkflow
      .runAsStep({
        input: transform({ input, before }, ({ input, before }) => ({
          cart_id: input.id,
          rebuild_missing: !!input.region_id && input.region_id !== before.region_id,
        })),
      })
      .config({ name: "refresh-routine-bundles-after-update" })
    releaseCartLockStep(lock)
    return new WorkflowResponse(void 0)
  }
)
