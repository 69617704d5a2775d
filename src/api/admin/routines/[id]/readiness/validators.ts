import { z } from "@medusajs/framework/zod"

export const AdminRoutineReadinessParams = z
  .object({
    /** Where shoppers would buy it; defaults to the store's default sales channel. */
    sales_channel_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminRoutineReadinessParamsType = z.infer<typeof AdminRoutineReadinessParams>
