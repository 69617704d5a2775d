import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { NewSubscription } from "../utils/order-subscriptions"

/**
 * Creates the subscriptions not created yet: one per order and routine, so
 * an `order.placed` delivered twice starts each once (the unique index
 * guards a race). Returns all of the order's, new or not; the compensation
 * deletes only the new ones.
 */
export const createRoutineSubscriptionsStep = createStep(
  "create-routine-subscriptions",
  async (input: { order_id: string; subscriptions: NewSubscription[] }, { container }) => {
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    if (!input.subscriptions.length) return new StepResponse({ created: [] as { id: string }[] }, [] as string[])
    const existing = await service.listRoutineSubscriptions({ order_id: input.order_id }, { select: ["id", "routine_id"] })
    const missing = input.subscriptions.filter((s) => !existing.some((e) => e.routine_id === s.routine_id))
    const created = missing.length
      ? await service.createRoutineSubscriptions(
          missing.map(({ routine_id, next_renewal_at, ...s }) => ({ ...s, routine_id, next_renewal_at: new Date(next_renewal_at) }))
        )
      : []
    return new StepResponse({ created }, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineSubscriptions(ids)
  }
)
