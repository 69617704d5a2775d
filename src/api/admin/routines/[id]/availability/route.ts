import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRoutineAvailabilityResponse } from "../../../../../types"
import { setRoutineAvailabilityWorkflow } from "../../../../../workflows/set-routine-availability"
import { withRoutineErrors } from "../../../../utils/route-errors"
import { routineAvailability } from "./read"
import type { AdminSetRoutineAvailabilityType } from "./validators"

/** Where and to whom the routine is sold: no channel means every channel, no group every shopper. */
export const GET = withRoutineErrors(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRoutineAvailabilityResponse>) => {
    res.json({ availability: await routineAvailability(req.scope, req.params.id) })
  }
)

/** Replaces the channels and/or the groups given (see setRoutineAvailabilityWorkflow). */
export const POST = withRoutineErrors(
  async (
    req: AuthenticatedMedusaRequest<AdminSetRoutineAvailabilityType>,
    res: MedusaResponse<AdminRoutineAvailabilityResponse>
  ) => {
    await setRoutineAvailabilityWorkflow(req.scope).run({
      input: { ...req.validatedBody, id: req.params.id, changed_by: req.auth_context.actor_id },
    })
    res.json({ availability: await routineAvailability(req.scope, req.params.id) })
  }
)
