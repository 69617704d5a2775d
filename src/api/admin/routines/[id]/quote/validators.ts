import { z } from "@medusajs/framework/zod"
import { routineBundleChoiceFields } from "../../../../store/routines/validators"

export type AdminRoutineQuoteType = z.infer<typeof AdminRoutineQuote>
export const AdminRoutineQuote = z
  .object({
    region_id: z.string().min(1),
    /** Defaults to the store's default sales channel. */
    sales_channel_id: z.string().min(1).optional(),
    ...routineBundleChoiceFields,
  })
  .strict()
