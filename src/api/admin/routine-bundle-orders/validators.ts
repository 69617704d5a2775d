import { z } from "@medusajs/framework/zod"

/** A page of the orders bought with routine bundles. */
export const AdminRoutineBundleOrdersParams = z
  .object({
    limit: z.coerce.number().int().min(1, { message: "limit must be at least 1" }).max(100, { message: "limit must be at most 100" }).default(10),
    offset: z.coerce.number().int().min(0, { message: "offset must be 0 or more" }).default(0),
  })
  .strict()
export type AdminRoutineBundleOrdersParamsType = z.infer<typeof AdminRoutineBundleOrdersParams>
