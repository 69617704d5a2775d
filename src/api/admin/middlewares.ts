import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  listCareStepTransformQueryConfig,
  listRoutineTransformQueryConfig,
  retrieveRoutineTransformQueryConfig,
} from "./routines/query-config"
import {
  AdminCreateCareStep,
  AdminCreateRoutine,
  AdminGetCareStepsParams,
  AdminGetRoutineParams,
  AdminGetRoutinesParams,
  AdminReorderCareSteps,
  AdminUpdateCareStep,
  AdminUpdateCareStepProducts,
  AdminUpdateRoutine,
} from "./routines/validators"
import {
  listSymptomTransformQueryConfig,
  retrieveSymptomTransformQueryConfig,
} from "./symptoms/query-config"
import {
  AdminCreateSymptom,
  AdminGetSymptomParams,
  AdminGetSymptomsParams,
  AdminUpdateSymptom,
  AdminUpdateSymptomProducts,
} from "./symptoms/validators"

/**
 * Core's query validation, with its one client error that Medusa answers with
 * a 500 (`invalid_argument`, for a key like `a.b.c`) turned into a 400.
 */
const validateQuery = (
  ...config: Parameters<typeof validateAndTransformQuery>
) => {
  const validate = validateAndTransformQuery(...config)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    validate(req, res, (error?: unknown) =>
      next(
        error instanceof MedusaError &&
          error.type === MedusaError.Types.INVALID_ARGUMENT
          ? new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
          : error
      )
    )
}

/** Every route that answers with `{ routine }` reads it the same way. */
const routineQuery = validateQuery(
  AdminGetRoutineParams,
  retrieveRoutineTransformQueryConfig
)

const symptomQuery = validateQuery(
  AdminGetSymptomParams,
  retrieveSymptomTransformQueryConfig
)

// Authentication comes from Medusa itself, which guards everything under
// /admin; these add validation and query configuration only.
export const adminMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/routines",
    middlewares: [
      validateQuery(
        AdminGetRoutinesParams,
        listRoutineTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines",
    middlewares: [validateAndTransformBody(AdminCreateRoutine), routineQuery],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routines/:id",
    middlewares: [routineQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id",
    middlewares: [validateAndTransformBody(AdminUpdateRoutine), routineQuery],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routines/:id/steps",
    middlewares: [
      validateQuery(
        AdminGetCareStepsParams,
        listCareStepTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/steps",
    middlewares: [validateAndTransformBody(AdminCreateCareStep), routineQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/steps/reorder",
    middlewares: [validateAndTransformBody(AdminReorderCareSteps), routineQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/steps/:step_id",
    middlewares: [validateAndTransformBody(AdminUpdateCareStep), routineQuery],
  },
  {
    methods: ["DELETE"],
    matcher: "/admin/routines/:id/steps/:step_id",
    middlewares: [routineQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/steps/:step_id/products",
    middlewares: [
      validateAndTransformBody(AdminUpdateCareStepProducts),
      routineQuery,
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/symptoms",
    middlewares: [
      validateQuery(
        AdminGetSymptomsParams,
        listSymptomTransformQueryConfig
      ),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/symptoms",
    middlewares: [validateAndTransformBody(AdminCreateSymptom), symptomQuery],
  },
  {
    methods: ["GET"],
    matcher: "/admin/symptoms/:id",
    middlewares: [symptomQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/symptoms/:id",
    middlewares: [validateAndTransformBody(AdminUpdateSymptom), symptomQuery],
  },
  {
    methods: ["POST"],
    matcher: "/admin/symptoms/:id/products",
    middlewares: [
      validateAndTransformBody(AdminUpdateSymptomProducts),
      symptomQuery,
    ],
  },
]
