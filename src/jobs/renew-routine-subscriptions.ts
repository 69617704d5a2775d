import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../modules/routine"
import type RoutineModuleService from "../modules/routine/service"
import { renewRoutineSubscriptionWorkflow } from "../workflows/renew-routine-subscription"

/**
 * The subscriptions due at `now` (active, renewal date passed), less those
 * whose renewal for that date waits for a retry or a price notice that is
 * not due yet, each renewed once through the workflow, one after another. A
 * run that fails (the lock held too long by another server) is logged and
 * left to the next hour: the renewal row makes a later run find what the
 * other one did. Returns the renewals as the runs left them.
 */
export const renewDueSubscriptions = async (container: MedusaContainer, now: Date) => {
  const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const due = await service.listRoutineSubscriptions(
    { status: "active", next_renewal_at: { $lte: now } },
    { select: ["id", "next_renewal_at"] }
  )
  const waiting = due.length
    ? await service.listRoutineSubscriptionRenewals(
        { subscription_id: due.map((s) => s.id), status: "pending", retry_at: { $gt: now } },
        { select: ["subscription_id", "due_at"] }
      )
    : []
  const toRenew = due.filter(
    (s) => !waiting.some((w) => w.subscription_id === s.id && w.due_at.getTime() === s.next_renewal_at.getTime())
  )
  const renewals: Awaited<ReturnType<RoutineModuleService["retrieveRoutineSubscriptionRenewal"]>>[] = []
  for (const subscription of toRenew) {
    try {
      const { result } = await renewRoutineSubscriptionWorkflow(container).run({
        input: { subscription_id: subscription.id, now: now.toISOString() },
      })
      // Null: another server renewed it while this one waited for the lock.
      if (result) renewals.push(result)
    } catch (error) {
      logger.warn(`Routine subscription ${subscription.id} was not renewed this run: ${(error as Error).message}`)
    }
  }
  return renewals
}

/** Hourly: the due renewals (see renewDueSubscriptions). */
export default async function renewRoutineSubscriptionsJob(container: MedusaContainer) {
  await renewDueSubscriptions(container, new Date())
}

export const config = {
  name: "renew-routine-subscriptions",
  schedule: "0 * * * *",
}
