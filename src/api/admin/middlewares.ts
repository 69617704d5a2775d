import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
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
import { AdminSetRoutineAvailability } from "./routines/[id]/availability/validators"
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

/** Every route that answers with `{ routine }` reads it the same way. */
const routineQuery = validateAndTransformQuery(
  AdminGetRoutineParams,
  retrieveRoutineTransformQueryConfig
)

const symptomQuery = validateAndTransformQuery(
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
      validateAndTransformQuery(
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
    methods: ["POST"],
    matcher: "/admin/routines/:id/availability",
    middlewares: [validateAndTransformBody(AdminSetRoutineAvailability)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routines/:id/steps",
    middlewares: [
      validateAndTransformQuery(
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
      validateAndTransformQuery(
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
