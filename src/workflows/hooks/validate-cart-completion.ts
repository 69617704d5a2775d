import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { pluginOptions } from "../../plugin-options"
import { validateCartRoutineBundles } from "../utils/validate-cart-routine-bundles"

// Every completion of a cart, over HTTP or from a payment provider's webhook
// (processPaymentWorkflow), runs completeCartWorkflow: its `validate` hook,
// under the cart's lock, is where a dishonest cart is refused. A hook takes
// one handler, so the plugin takes it only while `completion_hook` is on.
if (pluginOptions().completion_hook) {
  completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
    await validateCartRoutineBundles(container, cart.id)
  })
}
