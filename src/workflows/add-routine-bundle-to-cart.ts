import {
  createHook,
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { buildRoutineBundleWorkflow } from "./build-routine-bundle"
import { createCartRoutineBundlesWorkflow } from "./create-cart-routine-bundles"
import { assertCartPricingUnchangedStep } from "./steps/assert-cart-pricing-unchanged"
import { assertRoutineBundlesCompleteStep } from "./steps/assert-routine-bundles-complete"
import { CART_LOCK_TIMEOUT_SECONDS, CART_LOCK_TTL_SECONDS } from "./utils/cart-lock"

export type AddRoutineBundleToCartInput = {
  cart_id: string
  /** The routine's id or handle. */
  routine_id: string
  symptoms?: string[]
  selections?: Record<string, string>
  skip_steps?: string[]
  quantity?: number
  additional_data?: Record<string, unknown>
}

export const addRoutineBundleToCartWorkflowId = "add-routine-bundle-to-cart"

/**
 * Builds a bundle for the cart's region and sales channel and adds it as one
 * new bundle: a record in our table and one custom-priced line per step.
 * Writes under the cart lock; an incomplete bundle is a 409 naming the steps;
 * any failure, including in a `routineBundleAdded` handler, leaves the cart
 * and our tables as they were.
 */
export const addRoutineBundleToCartWorkflow = createWorkflow(
  addRoutineBundleToCartWorkflowId,
  (input: AddRoutineBundleToCartInput) => {
    const quote = buildRoutineBundleWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        routine_id: input.routine_id,
        cart_id: input.cart_id,
        symptoms: input.symptoms,
        selections: input.selections,
        skip_steps: input.skip_steps,
        quantity: input.quantity,
        additional_data: input.additional_data,
      })),
    })
    const quotes = transform({ quote }, ({ quote }) => [quote])
    assertRoutineBundlesCompleteStep(quotes)

    // Pricing needs no lock; only the writes queue behind other cart changes.
    acquireLockStep({
      key: input.cart_id,
      timeout: CART_LOCK_TIMEOUT_SECONDS,
      ttl: CART_LOCK_TTL_SECONDS,
    })
    assertCartPricingUnchangedStep({ cart_id: input.cart_id, quote })
    const bundles = createCartRoutineBundlesWorkflow.runAsStep({
      input: { cart_id: input.cart_id, quotes },
    })
    const bundle = transform({ bundles }, ({ bundles }) => bundles[0])

    const routineBundleAdded = createHook("routineBundleAdded", {
      cart_id: input.cart_id,
      bundle,
      quote,
      additional_data: input.additional_data,
    })
    releaseLockStep({ key: input.cart_id })
    return new WorkflowResponse(bundle, { hooks: [routineBundleAdded] })
  }
)
