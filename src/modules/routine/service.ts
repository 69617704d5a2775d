import type { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import { CareStep } from "./models/care-step"
import { RoutineAnalyticsEvent } from "./models/routine-analytics-event"
import { Routine } from "./models/routine"
import { RoutineBundle } from "./models/routine-bundle"
import { RoutineBundleItem } from "./models/routine-bundle-item"
import { RoutineDiscountAmount } from "./models/routine-discount-amount"
import { RoutineDiscountTier } from "./models/routine-discount-tier"
import { RoutineOrderFlag } from "./models/routine-order-flag"
import { Symptom } from "./models/symptom"

export type CareStepPosition = { id: string; position: number }

class RoutineModuleService extends MedusaService({
  Routine,
  CareStep,
  Symptom,
  RoutineDiscountAmount,
  RoutineDiscountTier,
  RoutineBundle,
  RoutineBundleItem,
  RoutineOrderFlag,
  RoutineAnalyticsEvent,
}) {
  /**
   * Moves steps of one routine to new positions in one transaction. Live
   * positions are unique per routine and PostgreSQL checks a unique index row
   * by row, so a swap written in one statement collides with itself: the
   * moving steps are first parked above the routine's highest position (free
   * by definition, and positive for the `position >= 1` check), then put in
   * place.
   */
  @InjectTransactionManager()
  async moveCareSteps(
    routineId: string,
    positions: CareStepPosition[],
    @MedusaContext() sharedContext: Context = {}
  ) {
    const [highest] = await this.listCareSteps(
      { routine_id: routineId },
      { select: ["position"], order: { position: "DESC" }, take: 1 },
      sharedContext
    )
    const parking = highest?.position ?? 0
    await this.updateCareSteps(
      positions.map((p) => ({ id: p.id, position: parking + p.position })),
      sharedContext
    )
    await this.updateCareSteps(positions, sharedContext)
  }
}

export default RoutineModuleService
