import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { offerAlerts } from "../../lib/offer-alerts"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { RoutineOffer, RoutineOfferChange } from "../../modules/routine/service"
import { pluginOptions } from "../../plugin-options"

export const setRoutineOfferStepId = "set-routine-offer"

/** The offer fields of a routine update (the rest are the routine's own). */
export const OFFER_FIELDS = [
  "discount_type",
  "discount_value",
  "min_steps",
  "promotion_policy",
  "discount_amounts",
  "discount_tiers",
  "subscriptions_enabled",
  "subscription_interval_weeks",
  "subscription_discount_percentage",
] as const satisfies readonly (keyof RoutineOfferChange)[]

/** The part of an update that changes the offer; empty when it changes none. */
export const offerChangeOf = (update: Record<string, unknown>): RoutineOfferChange =>
  Object.fromEntries(OFFER_FIELDS.filter((key) => update[key] !== undefined).map((key) => [key, update[key]]))

export type SetRoutineOfferStepInput = {
  routine_id: string
  change: RoutineOfferChange
  /** The admin user making the change, for the routine's history. */
  changed_by?: string | null
  /** A new routine's first offer: its history shows no "before". */
  creating?: boolean
}

/** What the step changed: the history entry, and whether it crossed the alert threshold. */
export type SetRoutineOfferStepOutput = { change_id: string; routine_id: string; alerts: string[] } | null

/** The `routine.offer_alert` events of an offer change: one if it crossed the threshold, else none. */
export const offerAlertEvents = (offer: SetRoutineOfferStepOutput, changedBy: string | null | undefined) =>
  offer?.alerts.length
    ? [{ id: offer.change_id, routine_id: offer.routine_id, changed_by: changedBy ?? null, alerts: offer.alerts }]
    : []

type Undo = { routine_id: string; previous: RoutineOffer; change_ids: string[] } | null

/**
 * Changes a routine's offer as one value, in one transaction (see
 * RoutineModuleService.changeRoutineOffer) with its history entry: the offer
 * before and after, and the alerts the store's threshold raises. The
 * compensation puts the old offer back and removes the entry. A change that
 * leaves the offer as it was writes nothing: no entry, and no new offer
 * version for carts to price again (a new routine's offer is always recorded).
 */
export const setRoutineOfferStep = createStep(
  setRoutineOfferStepId,
  async ({ routine_id, change, changed_by, creating }: SetRoutineOfferStepInput, { container }) => {
    if (!creating && !Object.keys(change).length) {
      return new StepResponse<SetRoutineOfferStepOutput, Undo>(null, null)
    }
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const { offer_alert_percentage } = pluginOptions()
    const { result, change_ids } = await service.writeWithHistory(changed_by ?? null, async (context) => {
      const changed = await service.changeRoutineOffer(routine_id, change, context, { always: creating })
      if (!changed) {
        return { result: null, changes: [] }
      }
      const { previous, after } = changed
      const alerts = offerAlerts(creating ? null : previous, after, offer_alert_percentage)
      return {
        result: { previous, alerts },
        changes: [
          {
            subject: "offer" as const,
            action: creating ? ("create" as const) : ("update" as const),
            routine_id,
            target_id: routine_id,
            before: creating ? null : previous,
            after,
            alerts,
          },
        ],
      }
    })
    if (!result) {
      return new StepResponse<SetRoutineOfferStepOutput, Undo>(null, null)
    }
    return new StepResponse<SetRoutineOfferStepOutput, Undo>(
      { change_id: change_ids[0], routine_id, alerts: result.alerts },
      { routine_id, previous: result.previous, change_ids }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.undoWithHistory(undo.change_ids, (context) =>
      service.changeRoutineOffer(undo.routine_id, undo.previous, context, { always: true })
    )
  }
)
