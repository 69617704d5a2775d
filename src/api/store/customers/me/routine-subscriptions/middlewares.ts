import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { listStoreRoutineSubscriptionsQueryConfig, retrieveStoreRoutineSubscriptionQueryConfig } from "./query-config"
import {
  NoBody,
  RenewRoutineSubscription,
  StoreCancelRoutineSubscription,
  StoreGetRoutineSubscriptionParams,
  StoreGetRoutineSubscriptionsParams,
  StoreRoutineSubscriptionCheckin,
  StoreUpdateRoutineSubscription,
} from "./validators"

const BASE = "/store/customers/me/routine-subscriptions"

const retrieveQuery = validateAndTransformQuery(StoreGetRoutineSubscriptionParams, retrieveStoreRoutineSubscriptionQueryConfig)

/**
 * The signed-in shopper's subscriptions. Core authenticates every
 * `/store/customers/me*` route (a customer's session or bearer token, else
 * 401) before these validate; the routes scope every read and write to
 * `auth_context.actor_id`.
 */
export const storeRoutineSubscriptionMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: BASE,
    middlewares: [validateAndTransformQuery(StoreGetRoutineSubscriptionsParams, listStoreRoutineSubscriptionsQueryConfig)],
  },
  { methods: ["GET"], matcher: `${BASE}/:id`, middlewares: [retrieveQuery] },
  { methods: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateAndTransformBody(StoreUpdateRoutineSubscription), retrieveQuery] },
  { methods: ["POST"], matcher: `${BASE}/:id/renew`, middlewares: [validateAndTransformBody(RenewRoutineSubscription), retrieveQuery] },
  ...["skip", "pause", "resume"].map((action) => ({
    methods: ["POST" as const],
    matcher: `${BASE}/:id/${action}`,
    middlewares: [validateAndTransformBody(NoBody), retrieveQuery],
  })),
  { methods: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateAndTransformBody(StoreCancelRoutineSubscription), retrieveQuery] },
  { methods: ["POST"], matcher: `${BASE}/:id/check-in`, middlewares: [validateAndTransformBody(StoreRoutineSubscriptionCheckin), retrieveQuery] },
  // The answer weighed before it is saved: the same body, answered with the refill only.
  { methods: ["POST"], matcher: `${BASE}/:id/check-in/preview`, middlewares: [validateAndTransformBody(StoreRoutineSubscriptionCheckin)] },
]
