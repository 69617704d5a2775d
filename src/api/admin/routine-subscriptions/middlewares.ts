import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listAdminRoutineSubscriptionsQueryConfig, retrieveAdminRoutineSubscriptionQueryConfig } from "./query-config"
import {
  AdminCancelRoutineSubscription,
  AdminGetRoutineSubscriptionParams,
  AdminGetRoutineSubscriptionsParams,
  AdminUpdateRoutineSubscription,
  NoBody,
  RenewRoutineSubscription,
} from "./validators"

const BASE = "/admin/routine-subscriptions"

const retrieveQuery = validateAndTransformQuery(AdminGetRoutineSubscriptionParams, retrieveAdminRoutineSubscriptionQueryConfig)

// Authentication comes from Medusa, which guards everything under /admin;
// the policies from src/api/admin/policies.ts. These validate.
export const adminRoutineSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(AdminGetRoutineSubscriptionsParams, listAdminRoutineSubscriptionsQueryConfig)],
  },
  { methods: ["GET"], matcher: `${BASE}/:id`, middlewares: [retrieveQuery] },
  { methods: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateAndTransformBody(AdminUpdateRoutineSubscription), retrieveQuery] },
  { methods: ["POST"], matcher: `${BASE}/:id/renew`, middlewares: [validateAndTransformBody(RenewRoutineSubscription), retrieveQuery] },
  ...["pause", "resume"].map((action) => ({
    methods: ["POST" as const],
    matcher: `${BASE}/:id/${action}`,
    middlewares: [validateAndTransformBody(NoBody), retrieveQuery],
  })),
  { methods: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateAndTransformBody(AdminCancelRoutineSubscription), retrieveQuery] },
]
