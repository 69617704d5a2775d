import type { Context } from "@medusajs/framework/types"
import type {
  DiscountTier,
  DiscountType,
  PromotionPolicy,
  RoutineChangeAction,
  RoutineChangeSubject,
} from "../../types"
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
import { RoutineChange } from "./models/routine-change"
import { RoutineDiscountAmount } from "./models/routine-discount-amount"
import { RoutineDiscountTier } from "./models/routine-discount-tier"
import { RoutineOrderFlag } from "./models/routine-order-flag"
import { RoutineSubscription } from "./models/routine-subscription"
import { RoutineSubscriptionCheckin } from "./models/routine-subscription-checkin"
import { RoutineSubscriptionRenewal } from "./models/routine-subscription-renewal"
import { Symptom } from "./models/symptom"

export type CareStepPosition = { id: string; position: number }

/** A routine's offer, the one value a bundle is priced under. */
export type RoutineOffer = {
  discount_type: DiscountType
  discount_value: number
  min_steps: number | null
  promotion_policy: PromotionPolicy | null
  discount_amounts: { currency_code: string; amount: number }[]
  discount_tiers: DiscountTier[]
  /** What subscribers get (RoutineSubscriptionSettings): part of the offer, so a change raises its version. */
  subscriptions_enabled: boolean
  subscription_interval_weeks: number[]
  subscription_discount_percentage: number
}

/** What changes of an offer; amounts and tiers, when given, replace the old ones whole. */
export type RoutineOfferChange = Partial<RoutineOffer>

/** One entry of a routine's history, as a write describes it. */
export type RoutineChangeRecord = {
  subject: RoutineChangeSubject
  action: RoutineChangeAction
  routine_id: string | null
  target_id: string
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
  alerts?: string[]
}

/** A write run by writeWithHistory: what it returns and what it changed. */
export type RecordedWrite<Result> = (context: Context) => Promise<{ result: Result; changes: RoutineChangeRecord[] }>

type StoredOffer = {
  discount_type: DiscountType
  discount_value: unknown
  min_steps?: number | null
  promotion_policy?: PromotionPolicy | null
  discount_amounts?: { currency_code: string; amount: unknown }[] | null
  discount_tiers?: { min_steps: number; percentage: unknown }[] | null
  subscriptions_enabled?: boolean | null
  subscription_interval_weeks?: unknown
  subscription_discount_percentage?: unknown
}

/**
 * An offer as one value, amounts and tiers in a stable order: of a routine
 * read with its amounts and tiers, or of an offer with a change applied
 * (`{ ...offer, ...change }`: amounts and tiers replace the old ones whole).
 */
export const offerOf = (routine: StoredOffer): RoutineOffer => ({
  discount_type: routine.discount_type,
  discount_value: Number(routine.discount_value),
  min_steps: routine.min_steps ?? null,
  promotion_policy: routine.promotion_policy ?? null,
  discount_amounts: (routine.discount_amounts ?? [])
    .map((a) => ({ currency_code: a.currency_code, amount: Number(a.amount) }))
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code)),
  discount_tiers: (routine.discount_tiers ?? [])
    .map((t) => ({ min_steps: t.min_steps, percentage: Number(t.percentage) }))
    .sort((a, b) => a.min_steps - b.min_steps),
  subscriptions_enabled: !!routine.subscriptions_enabled,
  subscription_interval_weeks: [...((routine.subscription_interval_weeks as number[] | null) ?? [])].sort((a, b) => a - b),
  subscription_discount_percentage: Number(routine.subscription_discount_percentage ?? 0),
})

/** Which rows stay (with their new values), which go and which are new, matched by `key`. */
const replaceByKey = <Row extends { id: string }, Next>(
  rows: Row[],
  wanted: Next[],
  key: (item: Row | Next) => string
) => ({
  kept: wanted.flatMap((next) => {
    const row = rows.find((r) => key(r) === key(next))
    return row ? [{ row, next }] : []
  }),
  removed: rows.filter((row) => !wanted.some((next) => key(next) === key(row))),
  added: wanted.filter((next) => !rows.some((row) => key(row) === key(next))),
})

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
  RoutineChange,
  RoutineSubscription,
  RoutineSubscriptionRenewal,
  RoutineSubscriptionCheckin,
}) {
  /**
   * Runs a write and records what it changed, by whom (an admin user's id,
   * or null), in the same transaction: the history holds a change exactly
   * when the data does. The write reads its "before" through `context`, so
   * under the routine's lock it sees what the previous change committed.
   */
  @InjectTransactionManager()
  async writeWithHistory<Result>(
    changedBy: string | null,
    write: RecordedWrite<Result>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ result: Result; change_ids: string[] }> {
    const { result, changes } = await write(sharedContext)
    const recorded = changes.length
      ? await this.createRoutineChanges(
          changes.map((change) => ({ ...change, alerts: change.alerts ?? [], changed_by: changedBy })),
          sharedContext
        )
      : []
    return { result, change_ids: recorded.map((r) => r.id) }
  }

  /**
   * Undoes a write of writeWithHistory and removes what it recorded, in one
   * transaction: a workflow that rolls back leaves no change behind, in the
   * data or in the history.
   */
  @InjectTransactionManager()
  async undoWithHistory(
    changeIds: string[],
    undo: (context: Context) => Promise<unknown>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    await undo(sharedContext)
    if (changeIds.length) await this.deleteRoutineChanges(changeIds, sharedContext)
  }

  /** A routine's offer as one value, read through `sharedContext`. */
  async retrieveRoutineOffer(routineId: string, sharedContext: Context = {}): Promise<RoutineOffer> {
    const routine = await this.retrieveRoutine(
      routineId,
      { relations: ["discount_amounts", "discount_tiers"] },
      sharedContext
    )
    return offerOf(routine)
  }

  /**
   * Replaces a subscription's saved choice whole, in one transaction.
   * Medusa's update merges a JSON object into the stored one (MikroORM's
   * `mergeObjectProperties`), so a choice that drops a pick would keep the
   * old pick: the column is first set to a value that is not an object (an
   * array), which the second write then replaces instead of merging into.
   */
  @InjectTransactionManager()
  async replaceRoutineSubscriptionChoice(
    id: string,
    choice: Record<string, unknown>,
    @MedusaContext() sharedContext: Context = {}
  ) {
    await this.updateRoutineSubscriptions({ id, choice: [] as unknown as Record<string, unknown> }, sharedContext)
    return this.updateRoutineSubscriptions({ id, choice }, sharedContext)
  }

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

  /**
   * Changes a routine's offer in one transaction and raises its
   * `offer_version`, so that no reader can pair part of the new offer with
   * part of the old. Returns the offer as it was (to put back) and as it is
   * now. A change that leaves the offer as it was writes nothing and returns
   * null, unless `always` (a new routine's first offer is always recorded).
   */
  @InjectTransactionManager()
  async changeRoutineOffer(
    routineId: string,
    change: RoutineOfferChange,
    @MedusaContext() sharedContext: Context = {},
    options: { always?: boolean } = {}
  ): Promise<{ previous: RoutineOffer; after: RoutineOffer } | null> {
    const routine = await this.retrieveRoutine(
      routineId,
      { relations: ["discount_amounts", "discount_tiers"] },
      sharedContext
    )
    const previous = offerOf(routine)
    // From what is there, not read back: a read after the write in this
    // transaction would meet the unit of work's copies, rows soft-deleted included.
    const after = offerOf({ ...previous, ...change })
    if (!options.always && JSON.stringify(after) === JSON.stringify(previous)) {
      return null
    }
    const { discount_amounts, discount_tiers, subscription_interval_weeks, ...fields } = change
    await this.updateRoutines(
      {
        id: routineId,
        ...fields,
        // Ascending, as the offer reads them. The JSON column is typed as an object; it holds this array.
        ...(subscription_interval_weeks && {
          subscription_interval_weeks: after.subscription_interval_weeks as Record<string, unknown> & number[],
        }),
        offer_version: routine.offer_version + 1,
      },
      sharedContext
    )
    // Rows are kept by their key (currency, fewest steps) and updated in
    // place: the unit of work writes inserts before updates, so a row
    // soft-deleted and created again with the same key in one transaction
    // would collide with itself on the unique index.
    if (discount_amounts) {
      const plan = replaceByKey(routine.discount_amounts ?? [], discount_amounts, (a) => a.currency_code)
      if (plan.removed.length) await this.softDeleteRoutineDiscountAmounts(plan.removed.map((a) => a.id), {}, sharedContext)
      if (plan.kept.length) await this.updateRoutineDiscountAmounts(plan.kept.map(({ row, next }) => ({ id: row.id, amount: next.amount })), sharedContext)
      if (plan.added.length) await this.createRoutineDiscountAmounts(plan.added.map((a) => ({ ...a, routine_id: routineId })), sharedContext)
    }
    if (discount_tiers) {
      const plan = replaceByKey(routine.discount_tiers ?? [], discount_tiers, (t) => String(t.min_steps))
      if (plan.removed.length) await this.softDeleteRoutineDiscountTiers(plan.removed.map((t) => t.id), {}, sharedContext)
      if (plan.kept.length) await this.updateRoutineDiscountTiers(plan.kept.map(({ row, next }) => ({ id: row.id, percentage: next.percentage })), sharedContext)
      if (plan.added.length) await this.createRoutineDiscountTiers(plan.added.map((t) => ({ ...t, routine_id: routineId })), sharedContext)
    }
    return { previous, after }
  }

  /**
   * Raises a routine's `offer_version` after a change to what its bundles
   * may contain (a step added, removed or made optional, a candidate product
   * added or removed): readers and adds that saw the old contents see the
   * version move and read or price again. Returns the version it replaced.
   */
  @InjectTransactionManager()
  async raiseOfferVersion(routineId: string, @MedusaContext() sharedContext: Context = {}): Promise<number> {
    const routine = await this.retrieveRoutine(routineId, { select: ["id", "offer_version"] }, sharedContext)
    await this.updateRoutines({ id: routineId, offer_version: routine.offer_version + 1 }, sharedContext)
    return routine.offer_version
  }
}

export default RoutineModuleService
