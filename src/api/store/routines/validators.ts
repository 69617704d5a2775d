import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/**
 * What a shopper may say about the bundle they want. Prices never come from
 * the client: the bodies are strict, so `unit_price` or any other unknown key
 * is a 400 naming it.
 */
export const routineBundleRequestFields = {
  /** Symptom ids or handles. */
  symptoms: z.array(z.string().min(1)).optional(),
  /** Explicit picks: `{ "<step id or handle>": "<variant id>" }`. */
  selections: z.record(z.string(), z.string().min(1)).optional(),
  /** Optional steps to leave out, by id or handle. */
  skip_steps: z.array(z.string().min(1)).optional(),
  /** Number of bundles. */
  quantity: z.number().int().min(1).max(100).optional(),
}

export type StoreRoutineQuoteType = z.infer<typeof StoreRoutineQuote>
export const StoreRoutineQuote = z
  .object({
    region_id: z.string().min(1),
    /** Needed only when the publishable key has several sales channels. */
    sales_channel_id: z.string().min(1).optional(),
    ...routineBundleRequestFields,
  })
  .strict()

export type StoreGetRoutineParamsType = z.infer<typeof StoreGetRoutineParams>
export const StoreGetRoutineParams = z.object({
  region_id: z.string().min(1).optional(),
  sales_channel_id: z.string().min(1).optional(),
})

export const StoreGetRoutinesParamsFields = z.object({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
})

export type StoreGetRoutinesParamsType = z.infer<typeof StoreGetRoutinesParams>
export const StoreGetRoutinesParams = createFindParams({
  offset: 0,
  limit: 20,
  order: "title",
}).merge(StoreGetRoutinesParamsFields)
