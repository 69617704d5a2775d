import { z } from "@medusajs/framework/zod"

const day = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: `${field} must be a date as YYYY-MM-DD` })
    // Date.parse rolls 2026-02-30 over to 2 March: a real date reads back as itself.
    .refine((value) => {
      const time = Date.parse(`${value}T00:00:00Z`)
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
    }, { message: `${field} must be a real date` })

/** A period of days (UTC, `to` included), one currency, optionally one routine. */
export const AdminRoutineAnalyticsParams = z
  .object({
    from: day("from").optional(),
    to: day("to").optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO 4217 code" })
      .transform((code) => code.toLowerCase())
      .optional(),
    routine_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminRoutineAnalyticsParamsType = z.infer<typeof AdminRoutineAnalyticsParams>
