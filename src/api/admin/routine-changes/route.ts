import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { hasPermission } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ROUTINE_CHANGE_SUBJECTS, type AdminRoutineChangeListResponse, type RoutineChangeSubject } from "../../../types"
import { withRoutineErrors } from "../../utils/route-errors"
import type { AdminGetRoutineChangesParamsType } from "./validators"

const SYMPTOM_SUBJECTS: RoutineChangeSubject[] = ["symptom", "symptom_products"]

/** The history of offers and curation: who changed what, when, from what, to what. */
export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRoutineChangesParamsType>,
  res: MedusaResponse<AdminRoutineChangeListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The route needs routine:read; symptoms' entries need symptom:read too,
  // as their own routes do (always granted without RBAC).
  const readsSymptoms = await hasPermission({
    roles: (req.auth_context.app_metadata?.roles as string[] | undefined) ?? [],
    actions: { resource: "symptom", operation: "read" },
    container: req.scope,
  })
  const requested = [req.filterableFields.subject ?? ROUTINE_CHANGE_SUBJECTS].flat() as RoutineChangeSubject[]
  const subject = requested.filter((s) => readsSymptoms || !SYMPTOM_SUBJECTS.includes(s))
  const { skip = 0, take = 50 } = req.queryConfig.pagination ?? {}
  if (!subject.length) {
    res.json({ routine_changes: [], count: 0, offset: skip, limit: take })
    return
  }
  // Entries of one transaction share a time: the id settles their order, so
  // pages never skip or repeat one at a boundary.
  const order = req.queryConfig.pagination?.order ?? { created_at: "DESC" }
  const direction = Object.values(order)[0] ?? "DESC"
  const { data, metadata } = await query.graph({
    entity: "routine_change",
    ...req.queryConfig,
    pagination: { ...req.queryConfig.pagination, order: { ...order, id: direction } },
    filters: { ...req.filterableFields, subject },
  })
  res.json({
    // Who made a change, by name and email only, whatever `fields` asked:
    // the rest of a user is core's to show, under its own policy.
    routine_changes: (data as unknown as AdminRoutineChangeListResponse["routine_changes"]).map(({ user, ...change }) => ({
      ...change,
      user: user && { id: user.id, email: user.email, first_name: user.first_name, last_name: user.last_name },
    })),
    count: metadata!.count,
    offset: metadata!.skip,
    limit: metadata!.take,
  })
})
