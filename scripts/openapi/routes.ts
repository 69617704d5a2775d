import type { z } from "@medusajs/framework/zod"
import { AdminRoutineAnalyticsParams } from "../../src/api/admin/routine-analytics/validators"
import { AdminRoutineBundleOrdersParams } from "../../src/api/admin/routine-bundle-orders/validators"
import { AdminGetRoutineChangesParams } from "../../src/api/admin/routine-changes/validators"
import { AdminSetRoutineAvailability } from "../../src/api/admin/routines/[id]/availability/validators"
import { AdminRoutineCoverageParams } from "../../src/api/admin/routines/[id]/coverage/validators"
import { AdminDuplicateRoutine } from "../../src/api/admin/routines/[id]/duplicate/validators"
import { AdminRoutineReadinessParams } from "../../src/api/admin/routines/[id]/readiness/validators"
import { AdminRoutineQuote } from "../../src/api/admin/routines/[id]/quote/validators"
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
} from "../../src/api/admin/routines/validators"
import {
  AdminCreateSymptom,
  AdminGetSymptomParams,
  AdminGetSymptomsParams,
  AdminUpdateSymptom,
  AdminUpdateSymptomProducts,
} from "../../src/api/admin/symptoms/validators"
import { StoreAddRoutineBundle, StoreUpdateRoutineBundle } from "../../src/api/store/carts/validators"
import {
  StoreGetRoutineParams,
  StoreGetRoutinesParams,
  StoreRoutineQuote,
} from "../../src/api/store/routines/validators"
import { StoreGetSymptomsParams } from "../../src/api/store/symptoms/validators"
import {
  AdminCancelRoutineSubscription,
  AdminGetRoutineSubscriptionParams,
  AdminGetRoutineSubscriptionsParams,
  AdminUpdateRoutineSubscription,
} from "../../src/api/admin/routine-subscriptions/validators"
import {
  NoBody,
  RenewRoutineSubscription,
  StoreCancelRoutineSubscription,
  StoreGetRoutineSubscriptionParams,
  StoreGetRoutineSubscriptionsParams,
  StoreRoutineSubscriptionCheckin,
  StoreUpdateRoutineSubscription,
} from "../../src/api/store/customers/me/routine-subscriptions/validators"

/** One route of the plugin, as the OpenAPI document describes it. */
export type RouteSpec = {
  method: "get" | "post" | "delete"
  path: string
  summary: string
  /** A type exported by src/types: the 200 body. */
  response: string
  query?: z.ZodType
  body?: z.ZodType
  /** Error statuses the route answers besides 400 (every route validates). */
  errors?: number[]
  /** The 200 body is CSV text, not JSON. */
  csv?: boolean
  /** A store route of the signed-in customer (`/store/customers/me/*`): their token or session too. */
  customer?: boolean
}

const SUBSCRIPTIONS = "/store/customers/me/routine-subscriptions"
const ADMIN_SUBSCRIPTIONS = "/admin/routine-subscriptions"



export const STORE_ROUTES: RouteSpec[] = [
  { method: "get", path: "/store/routines", summary: "List published routines", response: "StoreRoutineListResponse", query: StoreGetRoutinesParams },
  { method: "get", path: "/store/routines/{id}", summary: "Retrieve a routine by id or handle, its candidates priced", response: "StoreRoutineResponse", query: StoreGetRoutineParams, errors: [404] },
  { method: "post", path: "/store/routines/{id}/quote", summary: "Quote a bundle of the routine", response: "StoreRoutineQuoteResponse", body: StoreRoutineQuote, errors: [404] },
  { method: "get", path: "/store/symptoms", summary: "List the symptoms a shopper can name (with routine_id, those its finder offers)", response: "StoreSymptomListResponse", query: StoreGetSymptomsParams, errors: [404] },
  { method: "get", path: "/store/products/{id}/routines", summary: "The routines and steps a product is in", response: "StoreProductRoutinesResponse", errors: [404] },
  { method: "get", path: "/store/carts/{id}/routine-bundles", summary: "List a cart's bundles", response: "StoreCartRoutineBundleListResponse", errors: [404] },
  { method: "post", path: "/store/carts/{id}/routine-bundles", summary: "Add a routine to a cart as one bundle", response: "StoreCartRoutineBundlesResponse", body: StoreAddRoutineBundle, errors: [404, 409] },
  { method: "post", path: "/store/carts/{id}/routine-bundles/{bundle_id}", summary: "Change a bundle: quantity, swaps, steps left out, symptoms", response: "StoreCartRoutineBundlesResponse", body: StoreUpdateRoutineBundle, errors: [404, 409] },
  { method: "delete", path: "/store/carts/{id}/routine-bundles/{bundle_id}", summary: "Remove a bundle and its lines", response: "StoreCartRoutineBundleDeleteResponse", errors: [404, 409] },
  { method: "get", path: "/store/orders/{id}/routine-bundles", summary: "The bundles an order was bought with", response: "StoreOrderRoutineBundleListResponse", errors: [404] },
  { method: "get", path: SUBSCRIPTIONS, summary: "The signed-in customer's subscriptions, newest first", response: "StoreRoutineSubscriptionListResponse", query: StoreGetRoutineSubscriptionsParams, customer: true },
  { method: "get", path: `${SUBSCRIPTIONS}/{id}`, summary: "One of the customer's subscriptions, with its renewals, check-ins and orders", response: "StoreRoutineSubscriptionResponse", query: StoreGetRoutineSubscriptionParams, errors: [404], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}`, summary: "Change the interval, a step's product or the quantity", response: "StoreRoutineSubscriptionResponse", body: StoreUpdateRoutineSubscription, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/skip`, summary: "Skip the coming refill: the next renewal is one interval later", response: "StoreRoutineSubscriptionResponse", body: NoBody, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/renew`, summary: "Renew now: the refill is ordered at once with the saved address, shipping and payment; a total other than expected_total, a subscription renewed since next_renewal_at, or a price change the shopper was not told of is a 409 that orders nothing", response: "StoreRoutineSubscriptionResponse", body: RenewRoutineSubscription, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/pause`, summary: "Pause: nothing renews until resumed", response: "StoreRoutineSubscriptionResponse", body: NoBody, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/resume`, summary: "Resume: the next renewal is the later of the saved date and now", response: "StoreRoutineSubscriptionResponse", body: NoBody, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/cancel`, summary: "Cancel for good, with an optional reason and note", response: "StoreRoutineSubscriptionResponse", body: StoreCancelRoutineSubscription, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/check-in`, summary: "The skin check-in: the warning signs now re-build the next refill, answered priced", response: "StoreRoutineSubscriptionCheckinResponse", body: StoreRoutineSubscriptionCheckin, query: StoreGetRoutineSubscriptionParams, errors: [404, 409], customer: true },
  { method: "post", path: `${SUBSCRIPTIONS}/{id}/check-in/preview`, summary: "The refill a check-in answer would give, priced, before it is saved (the answer's body and refusals; nothing is written)", response: "StoreRoutineSubscriptionRefillResponse", body: StoreRoutineSubscriptionCheckin, errors: [404, 409], customer: true },
  { method: "get", path: `${SUBSCRIPTIONS}/{id}/refill`, summary: "The next refill as it would be ordered today, and its change since the last order", response: "StoreRoutineSubscriptionRefillResponse", errors: [404, 409], customer: true },
]

export const ADMIN_ROUTES: RouteSpec[] = [
  { method: "get", path: "/admin/routines", summary: "List routines", response: "AdminRoutineListResponse", query: AdminGetRoutinesParams },
  { method: "post", path: "/admin/routines", summary: "Create a routine", response: "AdminRoutineResponse", body: AdminCreateRoutine(), query: AdminGetRoutineParams },
  { method: "get", path: "/admin/routines/{id}", summary: "Retrieve a routine", response: "AdminRoutineResponse", query: AdminGetRoutineParams, errors: [404] },
  { method: "post", path: "/admin/routines/{id}", summary: "Update a routine (publishing needs steps)", response: "AdminRoutineResponse", body: AdminUpdateRoutine(), query: AdminGetRoutineParams, errors: [404, 409] },
  { method: "delete", path: "/admin/routines/{id}", summary: "Delete a routine", response: "AdminDeleteResponse", errors: [404] },
  { method: "get", path: "/admin/routines/{id}/steps", summary: "List a routine's steps", response: "AdminCareStepListResponse", query: AdminGetCareStepsParams, errors: [404] },
  { method: "post", path: "/admin/routines/{id}/steps", summary: "Add a step at a position", response: "AdminRoutineResponse", body: AdminCreateCareStep(), query: AdminGetRoutineParams, errors: [404, 409] },
  { method: "post", path: "/admin/routines/{id}/steps/reorder", summary: "Put the steps in a new order", response: "AdminRoutineResponse", body: AdminReorderCareSteps(), query: AdminGetRoutineParams, errors: [404, 409] },
  { method: "post", path: "/admin/routines/{id}/steps/{step_id}", summary: "Update a step", response: "AdminRoutineResponse", body: AdminUpdateCareStep(), query: AdminGetRoutineParams, errors: [404] },
  { method: "delete", path: "/admin/routines/{id}/steps/{step_id}", summary: "Delete a step (positions close up)", response: "AdminCareStepDeleteResponse", query: AdminGetRoutineParams, errors: [404, 409] },
  { method: "post", path: "/admin/routines/{id}/steps/{step_id}/products", summary: "Add, update and remove a step's candidate products", response: "AdminRoutineResponse", body: AdminUpdateCareStepProducts(), query: AdminGetRoutineParams, errors: [404, 409] },
  { method: "post", path: "/admin/routines/{id}/quote", summary: "The price preview: the store's quote, drafts included", response: "StoreRoutineQuoteResponse", body: AdminRoutineQuote, errors: [404] },
  { method: "get", path: "/admin/symptoms", summary: "List symptoms", response: "AdminSymptomListResponse", query: AdminGetSymptomsParams },
  { method: "post", path: "/admin/symptoms", summary: "Create a symptom", response: "AdminSymptomResponse", body: AdminCreateSymptom(), query: AdminGetSymptomParams },
  { method: "get", path: "/admin/symptoms/{id}", summary: "Retrieve a symptom", response: "AdminSymptomResponse", query: AdminGetSymptomParams, errors: [404] },
  { method: "post", path: "/admin/symptoms/{id}", summary: "Update a symptom", response: "AdminSymptomResponse", body: AdminUpdateSymptom(), query: AdminGetSymptomParams, errors: [404] },
  { method: "delete", path: "/admin/symptoms/{id}", summary: "Delete a symptom", response: "AdminDeleteResponse", errors: [404] },
  { method: "post", path: "/admin/symptoms/{id}/products", summary: "Link and unlink the products that address a symptom", response: "AdminSymptomResponse", body: AdminUpdateSymptomProducts(), query: AdminGetSymptomParams, errors: [404] },
  { method: "get", path: "/admin/products/{id}/routines", summary: "The steps and symptoms a product is in", response: "AdminProductRoutinesResponse", errors: [404] },
  { method: "get", path: "/admin/orders/{id}/routine-bundles", summary: "An order's bundles, returns and flags", response: "AdminOrderRoutineBundlesResponse", errors: [404] },
  { method: "get", path: "/admin/orders/{id}/routine-subscriptions", summary: "The subscriptions an order started, and the one it renewed", response: "AdminOrderRoutineSubscriptionsResponse", errors: [404] },
  { method: "get", path: "/admin/routine-bundle-orders", summary: "The orders bought with routine bundles, newest first, for the order list", response: "AdminRoutineBundleOrdersResponse", query: AdminRoutineBundleOrdersParams },
  { method: "post", path: "/admin/routines/{id}/duplicate", summary: "A draft copy of a routine: texts, offer, steps and candidates", response: "AdminRoutineResponse", body: AdminDuplicateRoutine(), query: AdminGetRoutineParams, errors: [404] },
  { method: "get", path: "/admin/routines/{id}/readiness", summary: "The checklist before publishing: what blocks it, and where shoppers could not buy it", response: "AdminRoutineReadinessResponse", query: AdminRoutineReadinessParams, errors: [404] },
  { method: "get", path: "/admin/routines/{id}/availability", summary: "Where and to whom a routine is sold: its sales channels and customer groups", response: "AdminRoutineAvailabilityResponse", errors: [404] },
  { method: "post", path: "/admin/routines/{id}/availability", summary: "Set the sales channels and customer groups a routine is sold to", response: "AdminRoutineAvailabilityResponse", body: AdminSetRoutineAvailability(), errors: [404] },
  { method: "get", path: "/admin/routines/{id}/coverage", summary: "The coverage audit: the bundle for every combination of the routine's symptoms", response: "RoutineCoverageResponse", query: AdminRoutineCoverageParams, errors: [404] },
  { method: "get", path: "/admin/routine-analytics", summary: "Routine analytics of a period", response: "RoutineAnalyticsResponse", query: AdminRoutineAnalyticsParams, errors: [404] },
  { method: "get", path: "/admin/routine-changes", summary: "The history of offers and curation", response: "AdminRoutineChangeListResponse", query: AdminGetRoutineChangesParams },
  { method: "get", path: "/admin/routine-analytics/export", summary: "The period's daily figures as CSV", response: "RoutineAnalyticsResponse", query: AdminRoutineAnalyticsParams, csv: true, errors: [404] },
  { method: "get", path: ADMIN_SUBSCRIPTIONS, summary: "Subscriptions, soonest renewal first, by routine, status, customer, next renewal and email", response: "AdminRoutineSubscriptionListResponse", query: AdminGetRoutineSubscriptionsParams },
  { method: "get", path: `${ADMIN_SUBSCRIPTIONS}/{id}`, summary: "A subscription with its renewals (failures and their reasons), check-ins and orders", response: "AdminRoutineSubscriptionResponse", query: AdminGetRoutineSubscriptionParams, errors: [404] },
  { method: "get", path: `${ADMIN_SUBSCRIPTIONS}/{id}/refill`, summary: "The next refill as it would be ordered today, and its change since the last order: the total renew now confirms as expected_total", response: "AdminRoutineSubscriptionRefillResponse", errors: [404, 409] },
  { method: "post", path: `${ADMIN_SUBSCRIPTIONS}/{id}`, summary: "Change a subscription's interval or next renewal date", response: "AdminRoutineSubscriptionResponse", body: AdminUpdateRoutineSubscription, query: AdminGetRoutineSubscriptionParams, errors: [404, 409] },
  { method: "post", path: `${ADMIN_SUBSCRIPTIONS}/{id}/renew`, summary: "Renew now: the refill is ordered at once (a failure is recorded with its reason); a total other than expected_total, a subscription renewed since next_renewal_at, or a price change the shopper was not told of (they are told) is a 409 that orders nothing", response: "AdminRoutineSubscriptionResponse", body: RenewRoutineSubscription, query: AdminGetRoutineSubscriptionParams, errors: [404, 409] },
  { method: "post", path: `${ADMIN_SUBSCRIPTIONS}/{id}/pause`, summary: "Pause a subscription", response: "AdminRoutineSubscriptionResponse", body: NoBody, query: AdminGetRoutineSubscriptionParams, errors: [404, 409] },
  { method: "post", path: `${ADMIN_SUBSCRIPTIONS}/{id}/resume`, summary: "Resume a subscription", response: "AdminRoutineSubscriptionResponse", body: NoBody, query: AdminGetRoutineSubscriptionParams, errors: [404, 409] },
  { method: "post", path: `${ADMIN_SUBSCRIPTIONS}/{id}/cancel`, summary: "Cancel a subscription", response: "AdminRoutineSubscriptionResponse", body: AdminCancelRoutineSubscription, query: AdminGetRoutineSubscriptionParams, errors: [404, 409] },
]
