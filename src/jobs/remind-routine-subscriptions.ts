import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../modules/routine"
import type RoutineModuleService from "../modules/routine/service"
import { pluginOptions } from "../plugin-options"
import { remindRoutineSubscriptionWorkflow } from "../workflows/remind-routine-subscription"

const DAY_MS = 24 * 3600 * 1000

/**
 * The active subscriptions renewing within `subscription_checkin_days` of
 * `now` whose shopper was not invited yet for that date (a renewal clears
 * the mark), each reminded once (the check-in invitation and any price
 * notice). Returns the subscriptions reminded.
 */
export const remindUpcomingSubscriptions = async (container: MedusaContainer, now: Date) => {
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const upcoming = await service.listRoutineSubscriptions(
    {
      status: "active",
      checkin_requested_at: null,
      next_renewal_at: { $lte: new Date(now.getTime() + pluginOptions().subscription_checkin_days * DAY_MS) },
    },
    { select: ["id"] }
  )
  const reminded: string[] = []
  for (const { id } of upcoming) {
    try {
      await remindRoutineSubscriptionWorkflow(container).run({ input: { subscription_id: id, now: now.toISOString() } })
      reminded.push(id)
    } catch (error) {
      logger.warn(`Routine subscription ${id} was not reminded this run: ${(error as Error).message}`)
    }
  }
  return reminded
}

/** Daily: the check-in invitations (see remindUpcomingSubscriptions). */
export default async function remindRoutineSubscriptionsJob(container: MedusaContainer) {
  await remindUpcomingSubscriptions(container, new Date())
}

export const config = {
  name: "remind-routine-subscriptions",
  schedule: "0 8 * * *",
}
