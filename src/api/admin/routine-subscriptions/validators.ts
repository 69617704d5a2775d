import { z } from "@medusajs/framework/zod"
import { createOperatorMap, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { SUBSCRIPTION_STATUSES, type AdminUpdateRoutineSubscriptionRequest } from "../../../types/subscription"
import { intervalWeeks } from "../../store/customers/me/routine-subscriptions/validators"
import { findParams, oneOrMany } from "../common-validators"

export {
  NoBody,
  RenewRoutineSubscription,
  StoreCancelRoutineSubscription as AdminCancelRoutineSubscription,
  type StoreCancelRoutineSubscriptionType as AdminCancelRoutineSubscriptionType,
} from "../../store/customers/me/routine-subscriptions/validators"

const Status = z.enum(SUBSCRIPTION_STATUSES)

/**
 * Subscriptions, soonest renewal first, by routine, status, customer, the
 * next renewal's period (`next_renewal_at[$gte]=2027-01-01&next_renewal_at[$lt]=2027-02-01`)
 * and `q`, a part of the customer's email.
 */
export const AdminGetRoutineSubscriptionsParams = findParams({ limit: 20, order: "next_renewal_at" }).merge(
  z.object({
    routine_id: oneOrMany.optional(),
    customer_id: oneOrMany.optional(),
    status: z.union([Status, z.array(Status)]).optional(),
    next_renewal_at: createOperatorMap().optional(),
  })
)
export type AdminGetRoutineSubscriptionsParamsType = z.infer<typeof AdminGetRoutineSubscriptionsParams>

export const AdminGetRoutineSubscriptionParams = createSelectParams()

export const AdminUpdateRoutineSubscription = z
  .object({
    interval_weeks: intervalWeeks.optional(),
    next_renewal_at: z.iso.datetime({
      offset: true,
      message: "next_renewal_at must be an ISO 8601 date and time, like 2027-06-01T09:00:00Z",
    }).optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: interval_weeks or next_renewal_at",
  }) satisfies z.ZodType<AdminUpdateRoutineSubscriptionRequest>
export type AdminUpdateRoutineSubscriptionType = z.infer<typeof AdminUpdateRoutineSubscription>
