import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSymptomWorkflow } from "../../../workflows/create-symptom"
import { refetchSymptom } from "./helpers"
import type {
  AdminCreateSymptomType,
  AdminGetSymptomsParamsType,
} from "./validators"
import { withRoutineErrors } from "../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetSymptomsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: symptoms, metadata } = await query.graph({
    entity: "symptom",
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  res.json({
    symptoms,
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminCreateSymptomType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  const { result } = await createSymptomWorkflow(req.scope).run({
    input: { ...req.validatedBody, changed_by: req.auth_context.actor_id },
  })
  const symptom = await refetchSymptom(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ symptom })
})
