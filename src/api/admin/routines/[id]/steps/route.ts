import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCareStepWorkflow } from "../../../../../workflows/create-care-step"
import { refetchRoutine } from "../../helpers"
import type { AdminCreateCareStepType } from "../../validators"
import { withRoutineErrors } from "../../../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Answers 404 for an unknown routine rather than an empty list.
  await refetchRoutine(req.params.id, req.scope, ["id"])
  const { data: steps, metadata } = await query.graph({
    entity: "care_step",
    ...req.queryConfig,
    pagination: { ...req.queryConfig.pagination, order: req.queryConfig.pagination?.order ?? { position: "ASC" } },
    filters: { ...req.filterableFields, routine_id: req.params.id },
  })
  res.json({
    steps,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminCreateCareStepType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  await createCareStepWorkflow(req.scope).run({
    input: { ...req.validatedBody, routine_id: req.params.id, changed_by: req.auth_context.actor_id },
  })
  const routine = await refetchRoutine(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ routine })
})
