import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cartCompletedError } from "../utils/errors"
import { loadCartBundleState } from "../utils/load-cart-bundle-state"

/**
 * Reads a cart's lines, its bundle records and its pricing context. Run under
 * the cart's lock, this is what every decision of a cart workflow is made
 * from. A completed cart is a 409 (nothing about it may change any more)
 * unless `allow_completed`.
 */
export const loadCartBundleStateStep = createStep(
  "load-cart-bundle-state",
  async (input: { cart_id: string; allow_completed?: boolean }, { container }) => {
    const state = await loadCartBundleState(container, input.cart_id)
    if (state.completed && !input.allow_completed) {
      throw cartCompletedError(input.cart_id)
    }
    return new StepResponse(state)
  }
)
