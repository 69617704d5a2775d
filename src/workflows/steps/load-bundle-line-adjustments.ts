import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { BundleRecord, LineAdjustment } from "../utils/cart-bundle-state"
import { compact } from "../utils/compact"
import {
  LINE_ADJUSTMENT_FIELDS,
  toBundleRecord,
  toLineAdjustments,
  type LoadedAdjustment,
} from "../utils/load-cart-bundle-state"

export type BundleLineAdjustments = {
  completed: boolean
  bundles: BundleRecord[]
  /** line id → the promotions' adjustments on it, as core's last promotion refresh left them. */
  adjustments: Record<string, LineAdjustment[]>
}

type AdjustedCart = {
  completed_at: Date | null
  items?: ({ id: string; adjustments?: (LoadedAdjustment | null)[] | null } | null)[] | null
}

/**
 * The cart's bundle records and the promotion adjustments on its lines, read
 * after core computed the cart's promotions. Nothing more: no prices, no
 * context, so a cart without bundles costs one read of our table.
 */
export const loadBundleLineAdjustmentsStep = createStep(
  "load-bundle-line-adjustments",
  async (input: { cart_id: string }, { container }) => {
    const records = await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles({ cart_id: input.cart_id }, { relations: ["items"] })
    if (!records.length) {
      return new StepResponse<BundleLineAdjustments>({ completed: false, bundles: [], adjustments: {} })
    }
    const { data: [found] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "cart",
      fields: ["completed_at", "items.id", ...LINE_ADJUSTMENT_FIELDS],
      filters: { id: input.cart_id },
    })
    const cart = found as AdjustedCart | undefined
    const adjustments = Object.fromEntries(
      compact(cart?.items ?? []).map((line) => [line.id, toLineAdjustments(line.adjustments)])
    )
    return new StepResponse<BundleLineAdjustments>({
      completed: !!cart?.completed_at,
      bundles: records.map(toBundleRecord),
      adjustments,
    })
  }
)
