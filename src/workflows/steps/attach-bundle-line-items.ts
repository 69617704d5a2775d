import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type AttachBundleLineItemsInput = {
  cart_id: string
  bundle_ids: string[]
}

/**
 * Records on each bundle item the id of the cart line just created for it.
 * The lines are found by the metadata written moments ago under the cart
 * lock; from here on the ids in our table are what counts, not metadata.
 * No compensation: the rows are new, and createRoutineBundlesStep's
 * compensation deletes them.
 */
export const attachBundleLineItemsStep = createStep(
  "attach-bundle-line-items",
  async (input: AttachBundleLineItemsInput, { container }) => {
    if (!input.bundle_ids.length) {
      return new StepResponse([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { data: [cart] } = await query.graph({
      entity: "cart",
      fields: ["id", "items.id", "items.metadata"],
      filters: { id: input.cart_id },
    })
    const items = await service.listRoutineBundleItems({
      bundle_id: input.bundle_ids,
    })
    const lineOf = (bundleId: string, stepId: string) =>
      (cart?.items ?? []).find(
        (line) =>
          line?.metadata?.routine_bundle_id === bundleId &&
          line.metadata?.care_step_id === stepId
      )?.id ?? null
    const updates = items.map((item) => ({
      id: item.id,
      line_item_id: lineOf(item.bundle_id, item.care_step_id),
    }))
    // Core merges a custom-priced line only into one with the same metadata,
    // and the bundle id is new; should that ever change, fail and roll back
    // rather than record a bundle without its lines.
    if (updates.some((u) => !u.line_item_id)) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Cart ${input.cart_id}: a routine bundle line was not created as its own line`
      )
    }
    await service.updateRoutineBundleItems(updates)
    const bundles = await service.listRoutineBundles(
      { id: input.bundle_ids },
      { relations: ["items"] }
    )
    return new StepResponse(bundles)
  }
)
