import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRoutineWorkflow } from "../../../workflows/create-routine"
import { refetchRoutine } from "./helpers"
import type {
  AdminCreateRoutineType,
  AdminGetRoutinesParamsType,
} from "./validators"
import { compact } from "../../../workflows/utils/compact"
import { sortSteps } from "../../../workflows/utils/routine-graph"
import { withRoutineErrors } from "../../utils/route-errors"

export const GET = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetRoutinesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: routines, metadata } = await query.graph({
    entity: "routine",
    ...req.queryConfig,
    filters: req.filterableFields,
  })
  res.json({
    // The graph does not order a nested relation: steps are put in position order here.
    routines: routines.map((routine) => ({
      ...routine,
      steps: routine.steps && sortSteps(compact(routine.steps as ({ position: number } | null)[])),
    })),
    count: metadata?.count,
    offset: metadata?.skip,
    limit: metadata?.take,
  })
})

export const POST = withRoutineErrors(async (
  req: AuthenticatedMedusaRequest<
    AdminCreateRoutineType & { additional_data?: Record<string, unknown> }
  >,
  res: MedusaResponse
) => {
  const { result } = await createRoutineWorkflow(req.scope).run({
    input: { ...req.validatedBody, changed_by: req.auth_context.actor_id },
  })
  const routine = await refetchRoutine(
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(200).json({ routine })
})
