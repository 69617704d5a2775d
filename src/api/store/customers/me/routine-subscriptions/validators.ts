import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import {
  SUBSCRIPTION_CANCEL_REASONS,
  SUBSCRIPTION_STATUSES,
  type StoreCancelRoutineSubscriptionRequest,
  type StoreRenewRoutineSubscriptionRequest,
  type StoreRoutineSubscriptionCheckinRequest,
  type StoreUpdateRoutineSubscriptionRequest,
} from "../../../../../types/subscription"
import { routineBundleChoiceFields } from "../../../routines/validators"

const Status = z.enum(SUBSCRIPTION_STATUSES)

/** The shopper's subscriptions, newest first, by status (`?status=active&status=paused`). */
export const StoreGetRoutineSubscriptionsParams = createFindParams({ offset: 0, limit: 20, order: "-created_at" }).merge(
  z.object({ status: z.union([Status, z.array(Status)]).optional() })
)
export type StoreGetRoutineSubscriptionsParamsType = z.infer<typeof StoreGetRoutineSubscriptionsParams>

export const StoreGetRoutineSubscriptionParams = createSelectParams()

/** The weeks between refills: a whole number the routine offers (checked by the workflow). */
export const intervalWeeks = z.number().int().min(1).max(104)

export const StoreUpdateRoutineSubscription = z
  .object({
    interval_weeks: intervalWeeks.optional(),
    selections: routineBundleChoiceFields.selections,
    quantity: routineBundleChoiceFields.quantity,
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: interval_weeks, selections or quantity",
  }) satisfies z.ZodType<StoreUpdateRoutineSubscriptionRequest>
export type StoreUpdateRoutineSubscriptionType = z.infer<typeof StoreUpdateRoutineSubscription>

export const StoreCancelRoutineSubscription = z
  .object({
    reason: z.enum(SUBSCRIPTION_CANCEL_REASONS).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict() satisfies z.ZodType<StoreCancelRoutineSubscriptionRequest>
export type StoreCancelRoutineSubscriptionType = z.infer<typeof StoreCancelRoutineSubscription>

/** The warning signs ticked now; none ticked says the skin is clear. */
export const StoreRoutineSubscriptionCheckin = z
  .object({ symptoms: z.array(z.string().min(1)).max(100) })
  .strict() satisfies z.ZodType<StoreRoutineSubscriptionCheckinRequest>
export type StoreRoutineSubscriptionCheckinType = z.infer<typeof StoreRoutineSubscriptionCheckin>

/** Renew now, with what the actor saw: the refill's total (GET …/refill) and the next renewal date. */
export const RenewRoutineSubscription = z
  .object({
    expected_total: z.number().min(0).optional(),
    next_renewal_at: z.iso.datetime({
      offset: true,
      message: "next_renewal_at must be an ISO 8601 date and time, like 2027-06-01T09:00:00Z",
    }).optional(),
  })
  .strict() satisfies z.ZodType<StoreRenewRoutineSubscriptionRequest>
export type RenewRoutineSubscriptionType = z.infer<typeof RenewRoutineSubscription>

/** Skip, pause and resume take no body: any field is a 400 naming it, and nothing changes. */
export const NoBody = z.object({}).strict()
