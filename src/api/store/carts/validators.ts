import { z } from "@medusajs/framework/zod"
import { routineBundleRequestFields } from "../routines/validators"

export type StoreAddRoutineBundleType = z.infer<typeof StoreAddRoutineBundle>
export const StoreAddRoutineBundle = z
  .object({
    /** The routine's id or handle. */
    routine_id: z.string().min(1),
    ...routineBundleRequestFields,
  })
  .strict()
