import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { blockersAdded, type RoutineShape } from "../../lib/routine-sellability"

export type EnsureRoutineSellableStepInput = {
  /** Whether the routine is on sale: a draft may be in any shape. */
  published: boolean
  before: RoutineShape
  after: RoutineShape
  /** The edit, as the merchandiser would say it ("Deleting the step "Cleanse""). */
  change: string
  /** What to do instead. */
  instead: string
}

export const ensureRoutineSellableStepId = "ensure-routine-sellable"

/**
 * Refuses (409) an edit that would leave shoppers unable to buy a
 * published routine: fewer steps than its bundles need, no steps, or a
 * required step without a product. The same rule stops such a routine from
 * being published (validate-routine.ts).
 */
export const ensureRoutineSellableStep = createStep(
  ensureRoutineSellableStepId,
  async ({ published, before, after, change, instead }: EnsureRoutineSellableStepInput) => {
    if (!published) return
    const added = blockersAdded(before, after)
    if (added.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${change} would leave shoppers unable to buy this published routine: ${added.join("; ")}. ${instead}`
      )
    }
  }
)
