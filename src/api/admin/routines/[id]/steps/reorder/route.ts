import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reorderCareStepsWorkflow } from "../../../../../../workflows/reorder-care-steps"
import { refetchRoutine } from "../../../helpers"
import type { AdminReorderCareStepsType } from "../../../validators"
import { withRoutineErrors } from "../../../../../utils/route-errors"

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminReorderCareStepsType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  await reorderCareStepsWorkflow(req.scope).run({
    input: { ...req.validatedBody, routine_id: req.params.id, changed_by: req.auth_context.actor_id },
  })
  const routine = await refetchRoutine(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ routine })
})
