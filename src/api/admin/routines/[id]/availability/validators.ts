import { z } from "@medusajs/framework/zod"
import { WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import type { AdminSetRoutineAvailabilityRequest } from "../../../../../types"

const ids = z.array(z.string().min(1)).max(100)

const AvailabilityFields = z
  .object({
    /** The only sales channels it is sold in; [] for every channel. */
    sales_channel_ids: ids.optional(),
    /** The only customer groups it is sold to; [] for every shopper. */
    customer_group_ids: ids.optional(),
  })
  .strict() satisfies z.ZodType<AdminSetRoutineAvailabilityRequest>

export type AdminSetRoutineAvailabilityType = z.infer<typeof AvailabilityFields> & {
  additional_data?: Record<string, unknown>
}
export const AdminSetRoutineAvailability = WithAdditionalData(AvailabilityFields)
