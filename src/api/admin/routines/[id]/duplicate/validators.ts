import { z } from "@medusajs/framework/zod"
import { WithAdditionalData } from "@medusajs/medusa/api/utils/validators"
import { handle, line } from "../../../common-validators"

const DuplicateFields = z
  .object({
    /** Default: the routine's title with " (copy)". */
    title: line.optional(),
    /** Default: the routine's handle with "-copy", numbered when taken. */
    handle: handle.optional(),
  })
  .strict()

export type AdminDuplicateRoutineType = z.infer<typeof DuplicateFields> & { additional_data?: Record<string, unknown> }
export const AdminDuplicateRoutine = WithAdditionalData(DuplicateFields)
