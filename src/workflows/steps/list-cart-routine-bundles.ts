import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"

export type ListCartRoutineBundlesInput = {
  cart_id: string
  /** Only these bundles; a missing one is a 404. */
  bundle_ids?: string[]
  /** Only the bundles these cart lines belong to. */
  line_item_ids?: string[]
  /** Also the ids of each bundle's routine steps. */
  with_routine_steps?: boolean
}

/** A cart's bundles with their items, as our table records them. */
export const listCartRoutineBundlesStep = createStep(
  "list-cart-routine-bundles",
  async (input: ListCartRoutineBundlesInput, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    let bundleIds = input.bundle_ids
    if (input.line_item_ids) {
      const items = input.line_item_ids.length
        ? await service.listRoutineBundleItems(
            { line_item_id: input.line_item_ids },
            { select: ["bundle_id"] }
          )
        : []
      bundleIds = [...new Set(items.map((i) => i.bundle_id))]
    }
    const bundles = await service.listRoutineBundles(
      {
        cart_id: input.cart_id,
        ...(bundleIds && { id: bundleIds }),
      },
      {
        relations: input.with_routine_steps
          ? ["items", "routine", "routine.steps"]
          : ["items"],
        order: { created_at: "ASC" },
      }
    )
    const missing = (input.bundle_ids ?? []).filter(
      (id) => !bundles.some((b) => b.id === id)
    )
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Routine bundle with id: ${missing.join(", ")} was not found in cart ${input.cart_id}`
      )
    }
    return new StepResponse(bundles)
  }
)
