import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartCompletedError } from "../utils/errors"
import { loadCartBundleState } from "../utils/load-cart-bundle-state"

/**
 * Reads a cart's lines, its bundle records and its pricing context. Run under
 * the cart's lock, this is what every decision of a cart workflow is made
 * from. A completed cart is a 409 (nothing about it may change any more)
 * unless `allow_completed`. `auth_customer_id`, the request's signed-in
 * customer, decides whose customer groups the context holds (contextOfCart).
 */
export const loadCartBundleStateStep = createStep(
  "load-cart-bundle-state",
  async (input: { cart_id: string; allow_completed?: boolean; auth_customer_id?: string }, { container }) => {
    const state = await loadCartBundleState(container, input.cart_id, input.auth_customer_id)
    if (state.completed && !input.allow_completed) {
      throw cartCompletedError(input.cart_id)
    }
    return new StepResponse(state)
  }
)
