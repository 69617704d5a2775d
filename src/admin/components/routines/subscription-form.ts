import { z } from "zod"
import { MAX_SUBSCRIPTION_WEEKS, SUBSCRIPTION_PERCENTAGE_BELOW } from "../../../api/admin/field-rules"
import { checkNumber } from "../../lib/form-rules"
import type { ServerFields } from "../../lib/server-errors"
import type { AdminRoutine as Routine, AdminRoutineInput as RoutineInput } from "../../../types"

/** The Subscriptions form as typed: the intervals as "4, 6, 8", the percentage as written. */
export type SubscriptionFormValues = {
  subscriptions_enabled: boolean
  intervals: string
  discount_percentage: string
}

/** "4, 6, 8" → the weeks written, in order; empty entries (a trailing comma) are ignored. */
const weeksOf = (typed: string) =>
  typed
    .split(/[,\s]+/)
    .map((w) => w.trim())
    .filter(Boolean)

/**
 * The request validator's rules (src/api/admin/routines/validators.ts) from
 * the same bounds, in a merchandiser's words, each under its field.
 */
export const subscriptionSchema = z
  .object({ subscriptions_enabled: z.boolean(), intervals: z.string(), discount_percentage: z.string() })
  .superRefine((values, ctx) => {
    const weeks = weeksOf(values.intervals)
    const wrong = weeks.filter((w) => !/^\d+$/.test(w) || Number(w) < 1 || Number(w) > MAX_SUBSCRIPTION_WEEKS)
    const repeated = weeks.filter((w, i) => weeks.indexOf(w) !== i)
    const issue = (message: string) => ctx.addIssue({ code: "custom", path: ["intervals"], message })
    if (wrong.length) {
      issue(`Weeks are whole numbers from 1 to ${MAX_SUBSCRIPTION_WEEKS}: ${wrong.join(", ")} is not.`)
    } else if (repeated.length) {
      issue(`Each interval once: ${[...new Set(repeated)].join(", ")} is there twice.`)
    } else if (values.subscriptions_enabled && !weeks.length) {
      issue("Enter at least one interval, like 4, 6, 8, or switch subscriptions off.")
    }
    const percentage = checkNumber(ctx, ["discount_percentage"], values.discount_percentage, {
      label: "a percentage (0 for none)",
      min: 0,
      max: SUBSCRIPTION_PERCENTAGE_BELOW,
    })
    if (percentage === SUBSCRIPTION_PERCENTAGE_BELOW) {
      ctx.addIssue({
        code: "custom",
        path: ["discount_percentage"],
        message: `Enter less than ${SUBSCRIPTION_PERCENTAGE_BELOW}: a refill is never free.`,
      })
    }
  })

export const subscriptionToForm = (routine: Routine): SubscriptionFormValues => ({
  subscriptions_enabled: !!routine.subscriptions_enabled,
  intervals: (routine.subscription_interval_weeks ?? []).join(", "),
  discount_percentage: String(routine.subscription_discount_percentage ?? 0),
})

/** The body of a valid form: the three settings, intervals ascending as the server stores them. */
export const subscriptionInput = (values: SubscriptionFormValues): RoutineInput => ({
  subscriptions_enabled: values.subscriptions_enabled,
  subscription_interval_weeks: weeksOf(values.intervals)
    .map(Number)
    .sort((a, b) => a - b),
  subscription_discount_percentage: Number(values.discount_percentage),
})

/** A server error naming a field lands under that field. */
export const SUBSCRIPTION_SERVER_FIELDS: ServerFields<SubscriptionFormValues> = {
  subscriptions_enabled: { path: "subscriptions_enabled", label: "Sell on subscription" },
  subscription_interval_weeks: { path: "intervals", label: "Intervals" },
  subscription_discount_percentage: { path: "discount_percentage", label: "Extra discount" },
}
