import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteRoutineWorkflow } from "../../../../workflows/delete-routine"
import { updateRoutineWorkflow } from "../../../../workflows/update-routine"
import { refetchRoutine } from "../helpers"
import type { AdminUpdateRoutineType } from "../validators"
import { withRoutineErrors } from "../../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const routine = await refetchRoutine(
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ routine })
})

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminUpdateRoutineType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  const { additional_data, ...update } = req.validatedBody
  await updateRoutineWorkflow(req.scope).run({
    input: { id: req.params.id, update, additional_data, changed_by: req.auth_context.actor_id },
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
  const { id } = req.params
  await deleteRoutineWorkflow(req.scope).run({ input: { id, changed_by: req.auth_context.actor_id } })
  res.json({ id, object: "routine", deleted: true })
})
