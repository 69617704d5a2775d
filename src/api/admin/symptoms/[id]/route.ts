import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteSymptomWorkflow } from "../../../../workflows/delete-symptom"
import { updateSymptomWorkflow } from "../../../../workflows/update-symptom"
import { refetchSymptom } from "../helpers"
import type { AdminUpdateSymptomType } from "../validators"
import { withRoutineErrors } from "../../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const symptom = await refetchSymptom(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ symptom })
})

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminUpdateSymptomType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  const { additional_data, ...update } = req.validatedBody
  await updateSymptomWorkflow(req.scope).run({
    input: { id: req.params.id, update, additional_data, changed_by: req.auth_context.actor_id },
  })
  const symptom = await refetchSymptom(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ symptom })
})

export const DELETE = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id } = req.params
  await deleteSymptomWorkflow(req.scope).run({ input: { id, changed_by: req.auth_context.actor_id } })
  res.json({ id, object: "symptom", deleted: true })
})
