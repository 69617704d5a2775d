import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { AdminRoutineAnalyticsParams } from "./routine-analytics/validators"
import { AdminRoutineBundleOrdersParams } from "./routine-bundle-orders/validators"
import { listRoutineChangeTransformQueryConfig } from "./routine-changes/query-config"
import { AdminGetRoutineChangesParams } from "./routine-changes/validators"
import { AdminRoutineCoverageParams } from "./routines/[id]/coverage/validators"
import { AdminDuplicateRoutine } from "./routines/[id]/duplicate/validators"
import { AdminRoutineQuote } from "./routines/[id]/quote/validators"
import { retrieveRoutineTransformQueryConfig } from "./routines/query-config"
import { AdminGetRoutineParams } from "./routines/validators"
import { AdminRoutineReadinessParams } from "./routines/[id]/readiness/validators"

export const adminBundleMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/quote",
    middlewares: [validateAndTransformBody(AdminRoutineQuote)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routines/:id/coverage",
    middlewares: [validateAndTransformQuery(AdminRoutineCoverageParams, {})],
  },
  {
    methods: ["POST"],
    matcher: "/admin/routines/:id/duplicate",
    middlewares: [
      validateAndTransformBody(AdminDuplicateRoutine),
      validateAndTransformQuery(AdminGetRoutineParams, retrieveRoutineTransformQueryConfig),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routines/:id/readiness",
    middlewares: [validateAndTransformQuery(AdminRoutineReadinessParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routine-analytics",
    middlewares: [validateAndTransformQuery(AdminRoutineAnalyticsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routine-changes",
    middlewares: [validateAndTransformQuery(AdminGetRoutineChangesParams, listRoutineChangeTransformQueryConfig)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routine-analytics/export",
    middlewares: [validateAndTransformQuery(AdminRoutineAnalyticsParams, {})],
  },
  {
    methods: ["GET"],
    matcher: "/admin/routine-bundle-orders",
    middlewares: [validateAndTransformQuery(AdminRoutineBundleOrdersParams, {})],
  },
]
