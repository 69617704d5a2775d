import { z } from "@medusajs/framework/zod"
import {
  createSelectParams,
  WithAdditionalData,
} from "@medusajs/medusa/api/utils/validators"
import {
  findParams,
  handle,
  id,
  line,
  MAX_INT,
  metadata,
  oneOrMany,
} from "../common-validators"
import {
  isHttpUrl,
  MAX_PERCENTAGE,
  MAX_SEO_DESCRIPTION,
  MAX_SEO_TITLE,
  MAX_SUBSCRIPTION_WEEKS,
  MAX_URL,
  SUBSCRIPTION_PERCENTAGE_BELOW,
} from "../field-rules"
import { scheduleInOrder } from "../../../lib/routine-schedule"
import { DISCOUNT_TYPES, PROMOTION_POLICIES, ROUTINE_STATUSES } from "../../../types"

const RoutineStatus = z.enum(ROUTINE_STATUSES)

const DiscountTiers = z
  .array(
    z.object({
      min_steps: z.number().int().min(1).max(MAX_INT),
      percentage: z.number().min(0).max(MAX_PERCENTAGE),
    })
  )
  .superRefine((tiers, ctx) => {
    const steps = tiers.map((t) => t.min_steps)
    const repeated = steps.filter((n, index) => steps.indexOf(n) !== index)
    if (repeated.length) {
      ctx.addIssue({
        code: "custom",
        message: `discount_tiers has more than one tier for: ${[...new Set(repeated)].join(", ")} steps`,
      })
    }
    // A shopper who adds a step must never save less: a tier that falls
    // would make the routine cheaper with fewer steps.
    const byStep = [...tiers].sort((a, b) => a.min_steps - b.min_steps)
    const falls = byStep.flatMap((tier, i) =>
      i > 0 && tier.percentage < byStep[i - 1].percentage
        ? [`${tier.min_steps} steps at ${tier.percentage} % after ${byStep[i - 1].min_steps} steps at ${byStep[i - 1].percentage} %`]
        : []
    )
    if (falls.length) {
      ctx.addIssue({
        code: "custom",
        message: `discount_tiers must save at least as much with more steps: ${falls.join("; ")}`,
      })
    }
  })

const DiscountAmounts = z
  .array(
    z.object({
      currency_code: z
        .string()
        .regex(/^[a-zA-Z]{3}$/, {
          message: "currency_code must be a three-letter ISO 4217 code",
        })
        .transform((code) => code.toLowerCase()),
      amount: z.number().min(0),
    })
  )
  .superRefine((amounts, ctx) => {
    const codes = amounts.map((a) => a.currency_code)
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index)
    if (repeated.length) {
      ctx.addIssue({
        code: "custom",
        message: `discount_amounts has more than one amount for: ${[...new Set(repeated)].join(", ")}`,
      })
    }
  })

/** Weeks between refills a shopper may subscribe at: 1 to 52, each once; stored ascending. */
const SubscriptionIntervals = z
  .array(z.number().int().min(1).max(MAX_SUBSCRIPTION_WEEKS))
  .superRefine((weeks, ctx) => {
    const repeated = weeks.filter((n, index) => weeks.indexOf(n) !== index)
    if (repeated.length) {
      ctx.addIssue({
        code: "custom",
        message: `subscription_interval_weeks has ${[...new Set(repeated)].join(", ")} more than once`,
      })
    }
  })
  .transform((weeks) => [...weeks].sort((a, b) => a - b))

const SubscriptionFields = {
  subscriptions_enabled: z.boolean().optional(),
  subscription_interval_weeks: SubscriptionIntervals.optional(),
  /** Off the offer's price for subscribers; below 100, so a refill is never free. */
  subscription_discount_percentage: z
    .number()
    .min(0)
    .lt(SUBSCRIPTION_PERCENTAGE_BELOW, {
      message: `subscription_discount_percentage must be below ${SUBSCRIPTION_PERCENTAGE_BELOW}`,
    })
    .optional(),
}

/**
 * Subscriptions switched on need an interval to choose. Checked here when
 * the body gives both; an update giving one is checked against the stored
 * other (validate-routine).
 */
const subscriptionIntervalsGiven = <
  T extends z.ZodType<{ subscriptions_enabled?: boolean; subscription_interval_weeks?: number[] }>,
>(
  schema: T
) =>
  schema.refine((body) => !(body.subscriptions_enabled && body.subscription_interval_weeks?.length === 0), {
    message: "subscription_interval_weeks needs at least one interval while subscriptions are enabled",
    path: ["subscription_interval_weeks"],
  })

/** An instant of the schedule: ISO 8601 with its offset (what `Date.toISOString()` writes); null clears it. */
const scheduleInstant = (field: string) =>
  z.iso
    .datetime({ offset: true, message: `${field} must be an ISO 8601 date and time, like 2027-06-01T09:00:00Z` })
    .transform((value) => new Date(value))
    .nullish()

const ScheduleFields = {
  starts_at: scheduleInstant("starts_at"),
  ends_at: scheduleInstant("ends_at"),
}

/** Both ends given in one body; an update giving one is checked against the stored other (validate-routine). */
const scheduleOrder = <T extends z.ZodType<{ starts_at?: Date | null; ends_at?: Date | null }>>(schema: T) =>
  schema.refine((body) => scheduleInOrder({ starts_at: body.starts_at ?? null, ends_at: body.ends_at ?? null }), {
    message: "ends_at must be after starts_at",
    path: ["ends_at"],
  })

// The upper bound of a percentage needs the discount type, which an update
// may leave out: the workflow checks it against the stored routine.
const RoutineFields = z.object({
  title: line,
  handle: handle.optional(),
  description: z.string().nullish(),
  status: RoutineStatus.optional(),
  discount_type: z.enum(DISCOUNT_TYPES).optional(),
  discount_value: z.number().min(0).optional(),
  /** `fixed`: the amount off one bundle; `set_price`: its price; per currency. */
  discount_amounts: DiscountAmounts.optional(),
  discount_tiers: DiscountTiers.optional(),
  min_steps: z.number().int().min(1).max(MAX_INT).nullish(),
  promotion_policy: z.enum(PROMOTION_POLICIES).nullish(),
  ...SubscriptionFields,
  ...ScheduleFields,
  /** The routine's image: an absolute http(s) URL (the admin uploads it through Medusa's file module). */
  thumbnail: z
    .string()
    .max(MAX_URL)
    .refine(isHttpUrl, { message: "thumbnail must be an http(s) URL" })
    .nullish(),
  seo_title: z.string().max(MAX_SEO_TITLE).nullish(),
  seo_description: z.string().max(MAX_SEO_DESCRIPTION).nullish(),
  metadata,
})

export type AdminCreateRoutineType = z.infer<typeof RoutineFields>
export const AdminCreateRoutine = WithAdditionalData(RoutineFields, (schema) =>
  subscriptionIntervalsGiven(scheduleOrder(schema))
)

const UpdateRoutineFields = RoutineFields.partial()
export type AdminUpdateRoutineType = z.infer<typeof UpdateRoutineFields>
export const AdminUpdateRoutine = WithAdditionalData(UpdateRoutineFields, (schema) =>
  subscriptionIntervalsGiven(scheduleOrder(schema))
)

export const AdminGetRoutineParams = createSelectParams()

export const AdminGetRoutinesParams = findParams({ limit: 20 }).merge(
  z.object({
    id: oneOrMany.optional(),
    handle: oneOrMany.optional(),
    status: z.union([RoutineStatus, z.array(RoutineStatus)]).optional(),
  })
)
export type AdminGetRoutinesParamsType = z.infer<typeof AdminGetRoutinesParams>

const CareStepFields = z.object({
  title: line,
  handle: handle.optional(),
  guidance: z.string().nullish(),
  optional: z.boolean().optional(),
  metadata,
})

// A position past the end appends the step.
const CreateCareStepFields = CareStepFields.extend({
  position: z.number().int().min(1).max(MAX_INT).optional(),
})
export type AdminCreateCareStepType = z.infer<typeof CreateCareStepFields>
export const AdminCreateCareStep = WithAdditionalData(CreateCareStepFields)

const UpdateCareStepFields = CareStepFields.partial()
export type AdminUpdateCareStepType = z.infer<typeof UpdateCareStepFields>
export const AdminUpdateCareStep = WithAdditionalData(UpdateCareStepFields)

export const AdminGetCareStepsParams = findParams({
  limit: 50,
  order: "position",
})

const ReorderCareStepsFields = z.object({
  step_ids: z.array(id).min(1),
})
export type AdminReorderCareStepsType = z.infer<typeof ReorderCareStepsFields>
export const AdminReorderCareSteps = WithAdditionalData(ReorderCareStepsFields)

const CareStepProduct = z.object({
  product_id: id,
  is_default: z.boolean().optional(),
  rank: z.number().int().min(0).max(MAX_INT).optional(),
})

const UpdateCareStepProductsFields = z.object({
  add: z.array(CareStepProduct).optional(),
  update: z.array(CareStepProduct).optional(),
  remove: z.array(id).optional(),
})
export type AdminUpdateCareStepProductsType = z.infer<
  typeof UpdateCareStepProductsFields
>
export const AdminUpdateCareStepProducts = WithAdditionalData(
  UpdateCareStepProductsFields
)
