import {
  createWorkflow,
  parallelize,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  addToCartWorkflow,
  deleteLineItemsStep,
  emitEventStep,
  refreshCartItemsWorkflow,
  updateLineItemsStep,
} from "@medusajs/medusa/core-flows"
import { enforceBundlePromotionPolicyWorkflow } from "./enforce-bundle-promotion-policy"
import { ROUTINE_BUNDLE_EVENTS } from "./events"
import { deleteRoutineBundlesStep } from "./steps/delete-routine-bundles"
import { adjustmentsByLine, loadRefreshedLinesStep } from "./steps/load-bundle-line-adjustments"
import { writeRoutineBundlesStep } from "./steps/write-routine-bundles"
import { bundlesAfterPlan, type CartBundlePlan } from "./utils/cart-bundle-plan"
import type { CartBundleState } from "./utils/cart-bundle-state"

export type ApplyCartBundlePlanInput = {
  cart_id: string
  plan: CartBundlePlan
  /** The cart as the plan was made from it, under the lock the caller holds. */
  state: CartBundleState
}

export const applyCartBundlePlanWorkflowId = "apply-cart-bundle-plan"

/**
 * Writes a plan of the cart rules (src/workflows/utils/cart-bundle-plan.ts)
 * into a cart: lines deleted and re-priced, new bundle lines added through
 * core's add-to-cart (custom-priced), then the records. The cart's totals,
 * taxes, promotions and payment collection are refreshed once, and the
 * bundles' promotion policies enforced on the adjustments that made. The
 * refreshed lines are read once, when bundles remain: they tell the new lines
 * apart and carry those adjustments. The caller holds the cart's lock; every
 * step compensates, so a failure leaves the cart and the records as they were.
 */
export const applyCartBundlePlanWorkflow = createWorkflow(
  applyCartBundlePlanWorkflowId,
  (input: ApplyCartBundlePlanInput) => {
    const lines = transform({ input }, ({ input }) => ({
      deletes: input.plan.line_deletes,
      updates: input.plan.line_updates.map(({ id, data }) => ({ selector: { id }, data })),
      adds: input.plan.line_adds.map(({ bundle_id: _b, care_step_id: _s, ...line }) => line),
    }))
    parallelize(
      deleteLineItemsStep(lines.deletes),
      updateLineItemsStep({ id: input.cart_id, items: lines.updates })
    )
    when("plan-adds-lines", { lines }, ({ lines }) => lines.adds.length > 0).then(() => {
      // Core's add also refreshes the cart once the lines are in.
      addToCartWorkflow.runAsStep({ input: { cart_id: input.cart_id, items: lines.adds } })
    })
    when(
      "plan-changes-lines-only",
      { lines },
      ({ lines }) => !lines.adds.length && lines.deletes.length + lines.updates.length > 0
    ).then(() => {
      refreshCartItemsWorkflow.runAsStep({ input: { cart_id: input.cart_id } })
    })

    const refreshed = when(
      "plan-leaves-bundles",
      { input },
      ({ input }) => bundlesAfterPlan(input.state.bundles, input.plan, input.plan.bundle_writes).length > 0
    ).then(() => loadRefreshedLinesStep({ cart_id: input.cart_id }))
    const written = writeRoutineBundlesStep({
      cart_id: input.cart_id,
      writes: input.plan.bundle_writes,
      before: input.state.bundles,
      known_line_ids: transform({ input }, ({ input }) => input.state.lines.map((l) => l.id)),
      lines: transform({ refreshed }, ({ refreshed }) => refreshed?.lines),
    })
    deleteRoutineBundlesStep(
      transform({ input }, ({ input }) => input.plan.bundle_removals.map((r) => r.id))
    )
    // Core's refresh above computed the promotions anew, buy-get included.
    enforceBundlePromotionPolicyWorkflow.runAsStep({
      input: transform({ input, refreshed, written }, ({ input, refreshed, written }) => ({
        cart_id: input.cart_id,
        loaded: {
          completed: refreshed?.completed ?? false,
          bundles: bundlesAfterPlan(input.state.bundles, input.plan, written),
          adjustments: adjustmentsByLine(refreshed?.lines ?? []),
        },
      })),
    })

    const events = transform({ input }, ({ input }) => {
      const data = (created: boolean) =>
        input.plan.bundle_writes
          .filter((w) => w.created === created)
          .map((w) => ({ id: w.id, cart_id: input.cart_id, routine_id: w.routine_id }))
      return {
        created: data(true),
        updated: data(false),
        deleted: input.plan.bundle_removals.map((r) => ({ id: r.id, cart_id: input.cart_id, reason: r.reason })),
      }
    })
    parallelize(
      emitEventStep({ eventName: ROUTINE_BUNDLE_EVENTS.CREATED, data: events.created }).config({
        name: "emit-routine-bundles-created",
      }),
      emitEventStep({ eventName: ROUTINE_BUNDLE_EVENTS.UPDATED, data: events.updated }).config({
        name: "emit-routine-bundles-updated",
      }),
      emitEventStep({ eventName: ROUTINE_BUNDLE_EVENTS.DELETED, data: events.deleted }).config({
        name: "emit-routine-bundles-deleted",
      })
    )
    return new WorkflowResponse(written)
  }
)
