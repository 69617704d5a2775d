import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
  MiddlewareRoute,
  MiddlewareVerb,
} from "@medusajs/framework/http"
import { wrapWithPoliciesCheck } from "@medusajs/framework/http"
import { FeatureFlag } from "@medusajs/framework/utils"
import type { RoutinePolicy, RoutineResource, RoutineOperation } from "../../policies/routine"
import { OFFER_FIELDS } from "../../workflows/steps/set-routine-offer"

const may = (resource: RoutineResource, operation: RoutineOperation): RoutinePolicy => ({ resource, operation })

/**
 * What each of the plugin's admin routes needs under role-based access
 * control, declared for every route, also those under core's
 * `/admin/products/*` and `/admin/orders/*` (whose wildcards add core's own
 * `product:read` and `order:read`). The README's table of roles is this one.
 * Medusa checks these only with the `rbac` feature flag on.
 */
export const ADMIN_ROUTE_POLICIES: { method: MiddlewareVerb; matcher: string; policies: RoutinePolicy[] }[] = [
  { method: "GET", matcher: "/admin/routines", policies: [may("routine", "read")] },
  { method: "POST", matcher: "/admin/routines", policies: [may("routine", "create")] },
  { method: "GET", matcher: "/admin/routines/:id", policies: [may("routine", "read")] },
  { method: "POST", matcher: "/admin/routines/:id", policies: [may("routine", "update")] },
  { method: "DELETE", matcher: "/admin/routines/:id", policies: [may("routine", "delete")] },
  { method: "GET", matcher: "/admin/routines/:id/coverage", policies: [may("routine", "read")] },
  { method: "GET", matcher: "/admin/routines/:id/readiness", policies: [may("routine", "read")] },
  { method: "GET", matcher: "/admin/routines/:id/availability", policies: [may("routine", "read")] },
  // Whom a routine is sold to is part of putting it on sale, as publishing is.
  { method: "POST", matcher: "/admin/routines/:id/availability", policies: [may("routine", "update")] },
  // A copy takes its original's offer, which it can then put on sale with other steps:
  // as setting an offer, it needs the offer right.
  { method: "POST", matcher: "/admin/routines/:id/duplicate", policies: [may("routine", "create"), may("routine_offer", "update")] },
  // A preview prices the routine; it changes nothing.
  { method: "POST", matcher: "/admin/routines/:id/quote", policies: [may("routine", "read")] },
  { method: "GET", matcher: "/admin/routines/:id/steps", policies: [may("routine", "read")] },
  { method: "POST", matcher: "/admin/routines/:id/steps", policies: [may("routine", "update")] },
  { method: "POST", matcher: "/admin/routines/:id/steps/reorder", policies: [may("routine", "update")] },
  { method: "POST", matcher: "/admin/routines/:id/steps/:step_id", policies: [may("routine", "update")] },
  { method: "DELETE", matcher: "/admin/routines/:id/steps/:step_id", policies: [may("routine", "update")] },
  { method: "POST", matcher: "/admin/routines/:id/steps/:step_id/products", policies: [may("routine", "update")] },
  { method: "GET", matcher: "/admin/routine-changes", policies: [may("routine", "read")] },
  { method: "GET", matcher: "/admin/symptoms", policies: [may("symptom", "read")] },
  { method: "POST", matcher: "/admin/symptoms", policies: [may("symptom", "create")] },
  { method: "GET", matcher: "/admin/symptoms/:id", policies: [may("symptom", "read")] },
  { method: "POST", matcher: "/admin/symptoms/:id", policies: [may("symptom", "update")] },
  { method: "DELETE", matcher: "/admin/symptoms/:id", policies: [may("symptom", "delete")] },
  { method: "POST", matcher: "/admin/symptoms/:id/products", policies: [may("symptom", "update")] },
  { method: "GET", matcher: "/admin/products/:id/routines", policies: [may("routine", "read")] },
  { method: "GET", matcher: "/admin/orders/:id/routine-bundles", policies: [may("routine_bundle", "read")] },
  // The order page's widget names them with the bundles it was bought with.
  { method: "GET", matcher: "/admin/orders/:id/routine-subscriptions", policies: [may("routine_bundle", "read")] },
  { method: "GET", matcher: "/admin/routine-bundle-orders", policies: [may("routine_bundle", "read")] },
  { method: "GET", matcher: "/admin/routine-analytics", policies: [may("routine_analytics", "read")] },
  { method: "GET", matcher: "/admin/routine-analytics/export", policies: [may("routine_analytics", "read")] },
  { method: "GET", matcher: "/admin/routine-subscriptions", policies: [may("routine_subscription", "read")] },
  { method: "GET", matcher: "/admin/routine-subscriptions/:id", policies: [may("routine_subscription", "read")] },
  { method: "GET", matcher: "/admin/routine-subscriptions/:id/refill", policies: [may("routine_subscription", "read")] },
  { method: "POST", matcher: "/admin/routine-subscriptions/:id", policies: [may("routine_subscription", "update")] },
  // Renewing now places an order with the saved payment method: a change of the subscription like the others.
  { method: "POST", matcher: "/admin/routine-subscriptions/:id/renew", policies: [may("routine_subscription", "update")] },
  { method: "POST", matcher: "/admin/routine-subscriptions/:id/pause", policies: [may("routine_subscription", "update")] },
  { method: "POST", matcher: "/admin/routine-subscriptions/:id/resume", policies: [may("routine_subscription", "update")] },
  { method: "POST", matcher: "/admin/routine-subscriptions/:id/cancel", policies: [may("routine_subscription", "update")] },
]

/** A body that sets any part of a routine's offer. */
const setsOffer = (body: unknown) =>
  !!body && typeof body === "object" && OFFER_FIELDS.some((key) => (body as Record<string, unknown>)[key] !== undefined)

const OFFER_POLICY = may("routine_offer", "update")
const checkOfferPolicy = wrapWithPoliciesCheck((_req, _res, next) => next(), OFFER_POLICY)

/**
 * Creating or editing a routine needs `routine_offer:update` as well when
 * the body touches the offer: a merchandiser may curate a routine without
 * being allowed to set its price. Checked before validation, so a refusal
 * says what is missing rather than what is malformed.
 */
const requireOfferPolicy = (req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
  FeatureFlag.isFeatureEnabled("rbac") && setsOffer(req.body) ? checkOfferPolicy(req, res, next) : next()

export const adminRoutePolicies: MiddlewareRoute[] = [
  ...ADMIN_ROUTE_POLICIES.map(({ method, matcher, policies }) => ({
    methods: [method],
    matcher,
    policies,
  })),
  ...["/admin/routines", "/admin/routines/:id"].map((matcher) => ({
    methods: ["POST" as const],
    matcher,
    middlewares: [requireOfferPolicy],
  })),
]
