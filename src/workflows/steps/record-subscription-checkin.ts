import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { SubscriptionChoice, SubscriptionPriceNotice } from "../../types"

/**
 * Records the answer (symptoms before and after, for the figures) and makes
 * the adapted choice the subscription's; with `price_notice`, the shopper
 * has now seen the refill's new price. The compensation deletes the answer
 * and puts the choice and notice back.
 */
export const recordSubscriptionCheckinStep = createStep(
  "record-subscription-checkin",
  async (
    input: {
      subscription_id: string
      due_at: string
      answered_at: string
      choice: SubscriptionChoice
      symptom_ids_before: string[]
      price_notice: SubscriptionPriceNotice | null
    },
    { container }
  ) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const before = await service.retrieveRoutineSubscription(input.subscription_id)
    const checkin = await service.createRoutineSubscriptionCheckins({
      subscription_id: input.subscription_id,
      due_at: new Date(input.due_at),
      answered_at: new Date(input.answered_at),
      symptom_ids_before: input.symptom_ids_before,
      symptom_ids_after: input.choice.symptoms ?? [],
    })
    await service.replaceRoutineSubscriptionChoice(input.subscription_id, input.choice)
    if (input.price_notice) {
      await service.updateRoutineSubscriptions({ id: input.subscription_id, price_notice: input.price_notice })
    }
    return new StepResponse(checkin, {
      checkin_id: checkin.id,
      subscription_id: before.id,
      choice: before.choice,
      price_notice: before.price_notice,
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    await service.deleteRoutineSubscriptionCheckins(undo.checkin_id)
    await service.replaceRoutineSubscriptionChoice(undo.subscription_id, undo.choice as Record<string, unknown>)
    await service.updateRoutineSubscriptions({ id: undo.subscription_id, price_notice: undo.price_notice })
  }
)
