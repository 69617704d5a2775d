import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { BundleItemRecord, LineAdjustment } from "../utils/cart-bundle-state"
import type { PolicyBundle } from "../utils/bundle-cart-check"
import { compact } from "../utils/compact"
import { LINE_ADJUSTMENT_FIELDS, toBundleRecord, toLineAdjustments, type LoadedAdjustment } from "../utils/load-cart-bundle-state"

/** A bundle as its policy is enforced: its terms and where its lines are. */
export type EnforcedBundle = PolicyBundle & { items: Pick<BundleItemRecord, "line_item_id">[] }

export type BundleLineAdjustments = {
  completed: boolean
  bundles: EnforcedBundle[]
  /** line id → the promotions' adjustments on it, as core's last promotion refresh left them. */
  adjustments: Record<string, LineAdjustment[]>
}

/** A cart line after core's refresh: its id, the metadata a plan wrote on it, its adjustments. */
export type RefreshedLine = { id: string; metadata: Record<string, unknown> | null; adjustments: LineAdjustment[] }

type RefreshedCart = {
  completed_at: Date | null
  items?: ({ id: string; metadata?: Record<string, unknown> | null; adjustments?: (LoadedAdjustment | null)[] | null } | null)[] | null
}

/** The cart's lines as core's last refresh left them, in one read. */
export const readRefreshedLines = async (container: MedusaContainer, cartId: string) => {
  const { data: [found] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "cart",
    fields: ["completed_at", "items.id", "items.metadata", ...LINE_ADJUSTMENT_FIELDS],
    filters: { id: cartId },
  })
  const cart = found as RefreshedCart | undefined
  return {
    completed: !!cart?.completed_at,
    lines: compact(cart?.items ?? []).map(
      (line): RefreshedLine => ({ id: line.id, metadata: line.metadata ?? null, adjustments: toLineAdjustments(line.adjustments) })
    ),
  }
}

/** line id → its adjustments, from lines read after core's promotion refresh. */
export const adjustmentsByLine = (lines: Pick<RefreshedLine, "id" | "adjustments">[]) =>
  Object.fromEntries(lines.map((line) => [line.id, line.adjustments]))

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
    const { completed, lines } = await readRefreshedLines(container, input.cart_id)
    return new StepResponse<BundleLineAdjustments>({
      completed,
      bundles: records.map(toBundleRecord),
      adjustments: adjustmentsByLine(lines),
    })
  }
)

/**
 * After a plan was applied: the cart's lines as core's refresh left them,
 * which both tell the plan's new lines apart and carry the adjustments its
 * bundles' policies are enforced on.
 */
export const loadRefreshedLinesStep = createStep(
  "load-refreshed-lines",
  async (input: { cart_id: string }, { container }) => new StepResponse(await readRefreshedLines(container, input.cart_id))
)
