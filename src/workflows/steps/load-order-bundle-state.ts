import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { loadOrderBundleState } from "../utils/order-bundle-state"

/** An order's bundles and its lines as they stand now (read only: nothing to undo). */
export const loadOrderBundleStateStep = createStep(
  "load-order-bundle-state",
  async (input: { order_id: string }, { container }) =>
    new StepResponse(await loadOrderBundleState(container, input.order_id))
)
