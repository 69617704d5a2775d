import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRoutineResponse } from "../../../../../types"
import { duplicateRoutineWorkflow } from "../../../../../workflows/duplicate-routine"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { refetchRoutine } from "../../helpers"
import type { AdminDuplicateRoutineType } from "./validators"

/** A draft copy of the routine (see duplicateRoutineWorkflow), answered as a created routine. */
export const POST = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest<AdminDuplicateRoutineType>, res: MedusaResponse<AdminRoutineResponse>) => {
    const { result } = await duplicateRoutineWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id, changed_by: req.auth_context.actor_id },
    })
    const routine = await refetchRoutine(result.id, req.scope, req.queryConfig.fields)
    res.status(200).json({ routine: routine as AdminRoutineResponse["routine"] })
  }
)
