import { z } from "@medusajs/framework/zod"
import { createOperatorMap } from "@medusajs/medusa/api/utils/validators"
import { ROUTINE_CHANGE_SUBJECTS } from "../../../types"
import { findParams, oneOrMany } from "../common-validators"

const Subject = z.enum(ROUTINE_CHANGE_SUBJECTS)

/**
 * The history, newest first, filtered by routine, by what changed (a step
 * or symptom id), by admin user, by kind of change and by period
 * (`created_at[$gte]=2026-12-01`, as core's lists).
 */
export const AdminGetRoutineChangesParams = findParams({ limit: 50, order: "-created_at" }).merge(
  z.object({
    routine_id: oneOrMany.optional(),
    target_id: oneOrMany.optional(),
    changed_by: oneOrMany.optional(),
    subject: z.union([Subject, z.array(Subject)]).optional(),
    created_at: createOperatorMap().optional(),
  })
)
export type AdminGetRoutineChangesParamsType = z.infer<typeof AdminGetRoutineChangesParams>
