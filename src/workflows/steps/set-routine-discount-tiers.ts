import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { DiscountTier } from "../../types"

/**
 * Makes a routine's discount tiers exactly the given ones: the old tiers are
 * soft-deleted and the new ones created. Compensation restores the old and
 * deletes the new.
 */
export const setRoutineDiscountTiersStep = createStep(
  "set-routine-discount-tiers",
  async ({ routine_id, tiers }: { routine_id: string; tiers: DiscountTier[] }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const existing = await service.listRoutineDiscountTiers({ routine_id }, { select: ["id"] })
    await service.softDeleteRoutineDiscountTiers(existing.map((t) => t.id))
    const created = tiers.length
      ? await service.createRoutineDiscountTiers(tiers.map((t) => ({ ...t, routine_id })))
      : []
    return new StepResponse(void 0, { created: created.map((t) => t.id), deleted: existing.map((t) => t.id) })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.deleteRoutineDiscountTiers(undo.created)
    await service.restoreRoutineDiscountTiers(undo.deleted)
  }
)
