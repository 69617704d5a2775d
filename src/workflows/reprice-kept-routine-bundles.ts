import {
  createHook,
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderCreditLinesWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { loadOrderBundleStateStep } from "./steps/load-order-bundle-state"
import { repriceCreditLine } from "./utils/order-bundle-state"

export const repriceKeptRoutineBundlesWorkflowId = "reprice-kept-routine-bundles"

/**
 * `partial_return_policy: reprice_kept`: after a return is received or an
 * order edit removes bundle items, what the shopper keeps of each bundle is
 * priced under its routine's offer for the steps kept, and what that costs
 * more comes off the refund the order owes, as a credit line of Medusa's
 * own (which its refund and order totals read). Under the order's lock, as
 * core's order workflows; running it again adds nothing.
 */
export const repriceKeptRoutineBundlesWorkflow = createWorkflow(
  repriceKeptRoutineBundlesWorkflowId,
  (input: { order_id: string }) => {
    acquireLockStep({ key: input.order_id, timeout: 5, ttl: 30 })
    const state = loadOrderBundleStateStep(input)
    const creditLine = transform({ state }, ({ state }) => repriceCreditLine(state))
    const created = when("reprice-owed", { creditLine }, ({ creditLine }) => creditLine !== null).then(() =>
      createOrderCreditLinesWorkflow.runAsStep({
        input: transform({ input, creditLine }, ({ input, creditLine }) => ({
          id: input.order_id,
          credit_lines: [creditLine!],
        })),
      })
    )
    const repriced = createHook("keptBundlesRepriced", { order_id: input.order_id, credit_line: creditLine })
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(
      transform({ created }, ({ created }) => created ?? []),
      { hooks: [repriced] }
    )
  }
)
