import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planRemove } from "../utils/cart-bundle-plan"
import type { CartBundleState } from "../utils/cart-bundle-state"
import { findCartBundle } from "./plan-routine-bundle-edit"

/** The plan that takes a bundle and its lines out of the cart; 404 for a bundle not in it. */
export const planRoutineBundleRemovalStep = createStep(
  "plan-routine-bundle-removal",
  async (input: { state: CartBundleState; bundle_id: string }) =>
    new StepResponse(planRemove(input.state, findCartBundle(input.state, input.bundle_id)))
)
