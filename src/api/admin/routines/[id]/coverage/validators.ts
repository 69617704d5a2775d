import { z } from "@medusajs/framework/zod"

export const AdminRoutineCoverageParams = z
  .object({
    region_id: z.string().min(1),
    /** Defaults to the store's default sales channel. */
    sales_channel_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminRoutineCoverageParamsType = z.infer<typeof AdminRoutineCoverageParams>
