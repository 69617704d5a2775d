import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteCareStepWorkflow } from "../../../../../../workflows/delete-care-step"
import { updateCareStepWorkflow } from "../../../../../../workflows/update-care-step"
import { refetchRoutine } from "../../../helpers"
import type { AdminUpdateCareStepType } from "../../../validators"
import { withRoutineErrors } from "../../../../../utils/route-errors"

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminUpdateCareStepType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  const { additional_data, ...update } = req.validatedBody
  await updateCareStepWorkflow(req.scope).run({
    input: {
      changed_by: req.auth_context.actor_id,
      id: req.params.step_id,
      routine_id: req.params.id,
      update,
      additional_data,
    },
  })
  const routine = await refetchRoutine(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ routine })
})

export const DELETE = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id, step_id } = req.params
  await deleteCareStepWorkflow(req.scope).run({
    input: { id: step_id, routine_id: id, changed_by: req.auth_context.actor_id },
  })
  const routine = await refetchRoutine(id, req.scope, req.queryConfig.fields)
  res.json({ id: step_id, object: "care_step", deleted: true, parent: routine })
})
