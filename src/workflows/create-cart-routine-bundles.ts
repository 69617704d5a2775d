import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { attachBundleLineItemsStep } from "./steps/attach-bundle-line-items"
import { createRoutineBundlesStep } from "./steps/create-routine-bundles"
import { toBundleCartLines } from "./utils/cart-bundle-lines"
import type { RoutineQuote } from "./utils/routine-quote"

export type CreateCartRoutineBundlesInput = {
  cart_id: string
  quotes: RoutineQuote[]
}

export const createCartRoutineBundlesWorkflowId = "create-cart-routine-bundles"

/**
 * Writes priced bundles into a cart: our records first (their ids go into the
 * line metadata), then the custom-priced lines through core's add-to-cart,
 * then each line's id on its bundle item. The caller holds the cart lock.
 */
export const createCartRoutineBundlesWorkflow = createWorkflow(
  createCartRoutineBundlesWorkflowId,
  (input: CreateCartRoutineBundlesInput) => {
    const bundles = createRoutineBundlesStep({
      cart_id: input.cart_id,
      quotes: input.quotes,
    })
    const items = transform({ bundles, quotes: input.quotes }, ({ bundles, quotes }) =>
      bundles.flatMap((bundle, i) => toBundleCartLines(bundle, quotes[i]))
    )
    when("has-bundle-lines", { items }, ({ items }) => items.length > 0).then(() => {
      addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items } })
    })
    const attached = attachBundleLineItemsStep({
      cart_id: input.cart_id,
      bundle_ids: transform({ bundles }, ({ bundles }) => bundles.map((b) => b.id)),
    })
    return new WorkflowResponse(attached)
  }
)
