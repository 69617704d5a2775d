import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { subscriptionActionRefusal } from "../../lib/subscription-actions"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type {
  RoutineSubscription,
  RoutineSubscriptionOrder,
  StoreRenewRoutineSubscriptionRequest,
  StoreRoutineSubscriptionListResponse,
  StoreRoutineSubscriptionRefillResponse,
  StoreRoutineSubscriptionResponse,
  SubscriptionPriceNotice,
} from "../../types/subscription"
import { renewRoutineSubscriptionWorkflow } from "../../workflows/renew-routine-subscription"
import { quoteSubscriptionRefill } from "../../workflows/utils/subscription-refill"
import { withRoutineErrors } from "./route-errors"

/**
 * How the store and admin routes read subscriptions: one field list each
 * (the store's leaves out the saved payment method), the renewals newest
 * first, and on retrieve the orders the subscription placed.
 */
const OWN_FIELDS = [
  "id",
  "status",
  "customer_id",
  "email",
  "routine_id",
  "order_id",
  "region_id",
  "sales_channel_id",
  "currency_code",
  "interval_weeks",
  "choice",
  "shipping_address",
  "shipping_option_id",
  "payment_provider_id",
  "next_renewal_at",
  "last_total",
  "price_notice",
  "checkin_requested_at",
  "last_failure_reason",
  "last_failure_message",
  "paused_at",
  "cancelled_at",
  "cancel_reason",
  "cancel_note",
  "created_at",
  "updated_at",
  "routine.id",
  "routine.handle",
  "routine.title",
]

const RENEWAL_FIELDS = [
  "id",
  "subscription_id",
  "due_at",
  "status",
  "attempts",
  "retry_at",
  "cart_id",
  "order_id",
  "total",
  "failure_reason",
  "failure_message",
  "created_at",
  "updated_at",
].map((field) => `renewals.${field}`)

const CHECKIN_FIELDS = ["id", "subscription_id", "due_at", "symptom_ids_before", "symptom_ids_after", "answered_at"].map(
  (field) => `checkins.${field}`
)

/** A list names no relation beyond the routine's title and handle. */
export const STORE_SUBSCRIPTION_LIST_FIELDS = OWN_FIELDS
export const STORE_SUBSCRIPTION_FIELDS = [...OWN_FIELDS, ...RENEWAL_FIELDS, ...CHECKIN_FIELDS]
export const ADMIN_SUBSCRIPTION_LIST_FIELDS = [...OWN_FIELDS, "payment_data", "metadata"]
export const ADMIN_SUBSCRIPTION_FIELDS = [...ADMIN_SUBSCRIPTION_LIST_FIELDS, ...RENEWAL_FIELDS, ...CHECKIN_FIELDS]

type Loaded = RoutineSubscription & { renewals?: RoutineSubscription["renewals"] | null }

const byNewest = <T>(key: keyof T) => (a: T, b: T) =>
  new Date(b[key] as unknown as string).getTime() - new Date(a[key] as unknown as string).getTime()

/** The graph does not order a nested relation: renewals and check-ins are put newest first here. */
export const presentSubscription = (subscription: Loaded): RoutineSubscription => ({
  ...subscription,
  ...(subscription.renewals && { renewals: [...subscription.renewals].sort(byNewest("due_at")) }),
  ...(subscription.checkins && { checkins: [...subscription.checkins].sort(byNewest("due_at")) }),
})

/** The orders a subscription placed (the first, each renewal's), newest first, read in one call. */
const ordersOf = async (scope: MedusaContainer, subscription: RoutineSubscription): Promise<RoutineSubscriptionOrder[]> => {
  const placedBy = new Map<string, string | null>([[subscription.order_id, null]])
  for (const renewal of subscription.renewals ?? []) {
    if (renewal.order_id) placedBy.set(renewal.order_id, renewal.id)
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "created_at", "currency_code", "total"],
    filters: { id: [...placedBy.keys()] },
  })
  return data
    .map((order) => ({
      id: order.id,
      display_id: order.display_id ?? null,
      status: order.status,
      created_at: new Date(order.created_at as string | Date).toISOString(),
      currency_code: order.currency_code,
      total: Number(order.total),
      renewal_id: placedBy.get(order.id) ?? null,
    }))
    .sort(byNewest("created_at"))
}

/**
 * A subscription as the workflows that serve everyone (the renewal, the
 * refill's price) take it, read once. `customer_id` scopes it to a shopper:
 * another customer's, or an unknown id, is a 404.
 */
export const findSubscription = async (scope: MedusaContainer, id: string, customer_id?: string) => {
  const service = scope.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const [found] = await service.listRoutineSubscriptions({ id, ...(customer_id !== undefined && { customer_id }) })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Routine subscription with id: ${id} was not found`)
  }
  return found
}

/**
 * One subscription with the given fields and its orders. `customer_id`
 * scopes it to a shopper: another customer's subscription is a 404, as an
 * unknown id is.
 */
export const retrieveRoutineSubscription = async (
  scope: MedusaContainer,
  id: string,
  fields: string[],
  customer_id?: string
): Promise<RoutineSubscription> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "routine_subscription",
    fields,
    filters: { id, ...(customer_id !== undefined && { customer_id }) },
  })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Routine subscription with id: ${id} was not found`)
  }
  const subscription = presentSubscription(found as unknown as Loaded)
  return { ...subscription, orders: await ordersOf(scope, subscription) }
}

/** Whose subscriptions a route serves: the signed-in shopper's own, or (the merchant) everyone's. */
export type SubscriptionAudience = "shopper" | "merchant"

const customerOf = (req: AuthenticatedMedusaRequest, audience: SubscriptionAudience) =>
  audience === "shopper" ? req.auth_context.actor_id : undefined

/** A page of subscriptions as `query-config` and the filters ask, scoped to the shopper's own. */
export const listSubscriptions = (audience: SubscriptionAudience, filtersOf: (req: AuthenticatedMedusaRequest) => Record<string, unknown>) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreRoutineSubscriptionListResponse>) => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const customer_id = customerOf(req, audience)
    const { data, metadata } = await query.graph({
      entity: "routine_subscription",
      ...req.queryConfig,
      filters: { ...filtersOf(req), ...(customer_id !== undefined && { customer_id }) },
    })
    res.json({
      routine_subscriptions: (data as unknown as RoutineSubscription[]).map(presentSubscription),
      count: metadata!.count,
      offset: metadata!.skip,
      limit: metadata!.take,
    })
  })

/** GET one subscription (the shopper's own), with the fields asked. */
export const showSubscription = (audience: SubscriptionAudience) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreRoutineSubscriptionResponse>) => {
    res.json({
      routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields, customerOf(req, audience)),
    })
  })

/**
 * GET …/refill: the next refill as it would be ordered today (its steps,
 * products and price with the subscription discount, and the change from
 * the last order; beyond the store's threshold the shopper is told before
 * the renewal). The shopper's own (another's is a 404), or any for the
 * merchant, whose renew now confirms its total. Nothing is written. A
 * cancelled subscription has none (409).
 */
export const showRefill = (audience: SubscriptionAudience) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StoreRoutineSubscriptionRefillResponse>) => {
    const subscription = await findSubscription(req.scope, req.params.id, customerOf(req, audience))
    const refusal = subscriptionActionRefusal("quote_refill", subscription.status as RoutineSubscription["status"])
    if (refusal) throw new MedusaError(MedusaError.Types.CONFLICT, refusal)
    res.json({ refill: await quoteSubscriptionRefill(req.scope, subscription, new Date()) })
  })

type Act<Body> = (input: { id: string; customer_id?: string; body: Body; req: AuthenticatedMedusaRequest<Body> }) => Promise<unknown>

/**
 * An action on one subscription: the workflow runs (for a shopper, scoped to
 * their own: another's is a 404), then the answer is the subscription as it
 * is now, with `fields` as asked. 409s keep their message (withRoutineErrors).
 */
export const subscriptionAction = <Body = unknown>(audience: SubscriptionAudience, act: Act<Body>) =>
  withRoutineErrors(async (req: AuthenticatedMedusaRequest<Body>, res: MedusaResponse<StoreRoutineSubscriptionResponse>) => {
    const customer_id = customerOf(req as AuthenticatedMedusaRequest, audience)
    await act({ id: req.params.id, customer_id, body: req.validatedBody, req })
    res.json({ routine_subscription: await retrieveRoutineSubscription(req.scope, req.params.id, req.queryConfig.fields, customer_id) })
  })

/**
 * "Renew now" for the shopper (their own: another's is a 404) or the
 * merchant. The subscription's `next_renewal_at` is read as the request
 * arrives, unless the body names the one the actor saw: the workflow
 * refuses under the lock once it has moved (409), so two clicks, or two
 * requests racing, order once. `expected_total` is the refill total the
 * actor was shown; another one today is a 409. A change beyond the store's
 * threshold the shopper was not told of (and, asked by the shopper, did not
 * confirm with `expected_total`) is not charged: the workflow tells the
 * shopper, as the job does, and this answers 409 saying so.
 */
export const renewSubscriptionNow = async (
  scope: MedusaContainer,
  id: string,
  body: StoreRenewRoutineSubscriptionRequest,
  customer_id?: string
) => {
  const service = scope.resolve<RoutineModuleService>(ROUTINE_MODULE)
  const seen = await findSubscription(scope, id, customer_id)
  const now = new Date().toISOString()
  await renewRoutineSubscriptionWorkflow(scope).run({
    input: {
      subscription_id: id,
      now,
      manual: true,
      expected_total: body.expected_total,
      by_subscriber: customer_id !== undefined,
      expected_next_renewal_at: body.next_renewal_at ?? seen.next_renewal_at.toISOString(),
    },
  })
  const { price_notice } = await service.retrieveRoutineSubscription(id, { select: ["price_notice"] })
  const notice = price_notice as SubscriptionPriceNotice | null
  if (notice?.notified_at === now) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `The refill now costs ${notice.next_total} (${notice.change_percentage > 0 ? "+" : ""}${notice.change_percentage} % since the last order), beyond the store's notice threshold: the shopper has been told the new price and nothing was ordered. Renew again with expected_total ${notice.next_total} to order it`
    )
  }
}
