import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateSymptomProductsWorkflow } from "../../../../../workflows/update-symptom-products"
import { refetchSymptom } from "../../helpers"
import type { AdminUpdateSymptomProductsType } from "../../validators"
import { withRoutineErrors } from "../../../../utils/route-errors"

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminUpdateSymptomProductsType & {
      additional_data?: Record<string, unknown>
    }
  >,
  res: MedusaResponse
) => {
  await updateSymptomProductsWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.id, changed_by: req.auth_context.actor_id },
  })
  const symptom = await refetchSymptom(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ symptom })
})
