import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  refreshCartItemsWorkflow,
  releaseLockStep,
  updateLineItemsStep,
} from "@medusajs/medusa/core-flows"
import { deleteRoutineBundlesStep } from "./steps/delete-routine-bundles"
import { listCartRoutineBundlesStep } from "./steps/list-cart-routine-bundles"
import { REMOVE_BUNDLE_METADATA } from "./utils/cart-bundle-lines"
import { CART_LOCK_TIMEOUT_SECONDS, CART_LOCK_TTL_SECONDS } from "./utils/cart-lock"

export type DissolveCartRoutineBundlesInput = {
  cart_id: string
  /** Lines the shopper is changing; their bundles are dissolved. */
  line_item_ids: string[]
}

export const dissolveCartRoutineBundlesWorkflowId = "dissolve-cart-routine-bundles"

/**
 * A bundle whose line is changed is no bundle any more: every line of it goes
 * back to its regular price (not custom-priced, bundle metadata removed, then
 * re-priced by core's forced cart refresh) and its record is deleted. Lines
 * of other bundles keep their bundle prices. compare_at_unit_price keeps the
 * regular price it already held (core's types do not let it be cleared).
 */
export const dissolveCartRoutineBundlesWorkflow = createWorkflow(
  dissolveCartRoutineBundlesWorkflowId,
  (input: DissolveCartRoutineBundlesInput) => {
    acquireLockStep({
      key: input.cart_id,
      timeout: CART_LOCK_TIMEOUT_SECONDS,
      ttl: CART_LOCK_TTL_SECONDS,
    })
    const bundles = listCartRoutineBundlesStep({
      cart_id: input.cart_id,
      line_item_ids: input.line_item_ids,
    })
    when("has-bundles-to-dissolve", { bundles }, ({ bundles }) => bundles.length > 0).then(
      () => {
        const lineIds = transform({ bundles }, ({ bundles }) =>
          bundles.flatMap((b) => b.items.map((i) => i.line_item_id)).filter(
            (id): id is string => !!id
          )
        )
        const updates = transform({ lineIds }, ({ lineIds }) =>
          lineIds.map((id) => ({
            selector: { id },
            data: { is_custom_price: false, metadata: REMOVE_BUNDLE_METADATA },
          }))
        )
        updateLineItemsStep({ id: input.cart_id, items: updates })
        refreshCartItemsWorkflow.runAsStep({
          input: { cart_id: input.cart_id, force_refresh: true },
        })
        deleteRoutineBundlesStep(
          transform({ bundles }, ({ bundles }) => bundles.map((b) => b.id))
        )
      }
    )
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(void 0)
  }
)
