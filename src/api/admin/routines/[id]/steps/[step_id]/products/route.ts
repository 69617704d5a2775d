import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateCareStepProductsWorkflow } from "../../../../../../../workflows/update-care-step-products"
import { refetchRoutine } from "../../../../helpers"
import type { AdminUpdateCareStepProductsType } from "../../../../validators"
import { withRoutineErrors } from "../../../../../../utils/route-errors"

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminUpdateCareStepProductsType & {
      additional_data?: Record<string, unknown>
    }
  >,
  res: MedusaResponse
) => {
  await updateCareStepProductsWorkflow(req.scope).run({
    input: {
      changed_by: req.auth_context.actor_id,
      ...req.validatedBody,
      routine_id: req.params.id,
      step_id: req.params.step_id,
    },
  })
  const routine = await refetchRoutine(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ routine })
})
