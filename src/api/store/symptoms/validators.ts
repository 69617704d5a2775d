import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetSymptomsParamsFields = z.object({
  q: z.string().optional(),
  id: z.union([z.string(), z.array(z.string())]).optional(),
  handle: z.union([z.string(), z.array(z.string())]).optional(),
  /** Only the symptoms this routine's products address (its id or handle): what its finder offers. */
  routine_id: z.string().min(1).optional(),
})

export type StoreGetSymptomsParamsType = z.infer<typeof StoreGetSymptomsParams>
export const StoreGetSymptomsParams = createFindParams({
  offset: 0,
  limit: 50,
  order: "name",
}).merge(StoreGetSymptomsParamsFields)
