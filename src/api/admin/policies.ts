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
export const ADMIN_ROUTE_POLICIES: { method: MiddlewareVerb; matcher: string; policy: RoutinePolicy }[] = [
  { method: "GET", matcher: "/admin/routines", policy: may("routine", "read") },
  { method: "POST", matcher: "/admin/routines", policy: may("routine", "create") },
  { method: "GET", matcher: "/admin/routines/:id", policy: may("routine", "read") },
  { method: "POST", matcher: "/admin/routines/:id", policy: may("routine", "update") },
  { method: "DELETE", matcher: "/admin/routines/:id", policy: may("routine", "delete") },
  { method: "GET", matcher: "/admin/routines/:id/coverage", policy: may("routine", "read") },
  { method: "GET", matcher: "/admin/routines/:id/readiness", policy: may("routine", "read") },
  // A draft copy: its offer is one the store already has, so no offer right is needed.
  { method: "POST", matcher: "/admin/routines/:id/duplicate", policy: may("routine", "create") },
  // A preview prices the routine; it changes nothing.
  { method: "POST", matcher: "/admin/routines/:id/quote", policy: may("routine", "read") },
  { method: "GET", matcher: "/admin/routines/:id/steps", policy: may("routine", "read") },
  { method: "POST", matcher: "/admin/routines/:id/steps", policy: may("routine", "update") },
  { method: "POST", matcher: "/admin/routines/:id/steps/reorder", policy: may("routine", "update") },
  { method: "POST", matcher: "/admin/routines/:id/steps/:step_id", policy: may("routine", "update") },
  { method: "DELETE", matcher: "/admin/routines/:id/steps/:step_id", policy: may("routine", "update") },
  { method: "POST", matcher: "/admin/routines/:id/steps/:step_id/products", policy: may("routine", "update") },
  { method: "GET", matcher: "/admin/routine-changes", policy: may("routine", "read") },
  { method: "GET", matcher: "/admin/symptoms", policy: may("symptom", "read") },
  { method: "POST", matcher: "/admin/symptoms", policy: may("symptom", "create") },
  { method: "GET", matcher: "/admin/symptoms/:id", policy: may("symptom", "read") },
  { method: "POST", matcher: "/admin/symptoms/:id", policy: may("symptom", "update") },
  { method: "DELETE", matcher: "/admin/symptoms/:id", policy: may("symptom", "delete") },
  { method: "POST", matcher: "/admin/symptoms/:id/products", policy: may("symptom", "update") },
  { method: "GET", matcher: "/admin/products/:id/routines", policy: may("routine", "read") },
  { method: "GET", matcher: "/admin/orders/:id/routine-bundles", policy: may("routine_bundle", "read") },
  { method: "GET", matcher: "/admin/routine-analytics", policy: may("routine_analytics", "read") },
  { method: "GET", matcher: "/admin/routine-analytics/export", policy: may("routine_analytics", "read") },
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
  ...ADMIN_ROUTE_POLICIES.map(({ method, matcher, policy }) => ({
    methods: [method],
    matcher,
    policies: [policy],
  })),
  ...["/admin/routines", "/admin/routines/:id"].map((matcher) => ({
    methods: ["POST" as const],
    matcher,
    middlewares: [requireOfferPolicy],
  })),
]
