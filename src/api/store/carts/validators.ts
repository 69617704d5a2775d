import { z } from "@medusajs/framework/zod"
import type {
  StoreAddRoutineBundleRequest,
  StoreUpdateRoutineBundleRequest,
} from "../../../types"
import { routineBundleChoiceFields } from "../routines/validators"

export const StoreAddRoutineBundle = z
  .object({
    /** The routine's id or handle. */
    routine_id: z.string().min(1),
    ...routineBundleChoiceFields,
  })
  .strict() satisfies z.ZodType<StoreAddRoutineBundleRequest>
export type StoreAddRoutineBundleType = z.infer<typeof StoreAddRoutineBundle>

export const StoreUpdateRoutineBundle = z
  .object(routineBundleChoiceFields)
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: quantity, selections, skip_steps, symptoms or subscription_interval_weeks",
  }) satisfies z.ZodType<StoreUpdateRoutineBundleRequest>
export type StoreUpdateRoutineBundleType = z.infer<typeof StoreUpdateRoutineBundle>
