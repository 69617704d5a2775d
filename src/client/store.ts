import type Medusa from "@medusajs/js-sdk"
import type {
  StoreAddRoutineBundleRequest,
  StoreCartRoutineBundleDeleteResponse,
  StoreCartRoutineBundleListResponse,
  StoreCartRoutineBundlesResponse,
  StoreOrderRoutineBundleListResponse,
  StoreProductRoutinesResponse,
  StoreRoutineListResponse,
  StoreRoutineQuoteRequest,
  StoreRoutineQuoteResponse,
  StoreRoutineResponse,
  StoreSymptomListResponse,
  StoreUpdateRoutineBundleRequest,
  StoreCancelRoutineSubscriptionRequest,
  StoreRenewRoutineSubscriptionRequest,
  StoreRoutineSubscriptionCheckinRequest,
  StoreRoutineSubscriptionCheckinResponse,
  StoreRoutineSubscriptionRefillResponse,
  StoreRoutineSubscriptionListResponse,
  StoreRoutineSubscriptionResponse,
  StoreUpdateRoutineSubscriptionRequest,
  SubscriptionStatus,
} from "../types"
import { DEFAULT_BUSY_RETRY_MAX_WAIT_SECONDS, retryWhenCartBusy } from "./busy-cart"
import { requester, type Query } from "./request"

export { cartBusyRetryAfter, retryWhenCartBusy } from "./busy-cart"
export { describeDiscount } from "../lib/discount-kinds"
export { RoutineBundlesError } from "./error"
export type * from "../types"

type ListQuery = { q?: string; id?: string | string[]; handle?: string | string[]; limit?: number; offset?: number; order?: string; fields?: string }

/** Where a routine is priced: a region, or a cart (its region, address, customer and groups). */
export type RoutinePricingQuery = { region_id?: string; cart_id?: string; sales_channel_id?: string; fields?: string }

/** The signed-in customer's subscriptions, newest first. */
export type SubscriptionListQuery = { status?: SubscriptionStatus | SubscriptionStatus[]; limit?: number; offset?: number; fields?: string }

/** `fields` of the cart in the answer, as on core's cart routes. */
export type CartFieldsQuery = { fields?: string }

export type RoutineBundlesClientOptions = {
  /**
   * A cart change refused because the cart was busy (409 `cart_busy`,
   * nothing changed) is sent once more after the seconds the server gave,
   * when they are at most this many (default 10); 0 never retries.
   */
  busyCartRetryMaxWaitSeconds?: number
}

const asQuery = (query: object = {}) => query as Query
const encode = encodeURIComponent

const SUBSCRIPTIONS = "/store/customers/me/routine-subscriptions"
const subscription = (id: string) => `${SUBSCRIPTIONS}/${encode(id)}`

/**
 * The plugin's store API, typed, on top of Medusa's JS SDK:
 *
 *   const sdk = new Medusa({ baseUrl, publishableKey })
 *   const bundles = routineBundles(sdk)
 *   const { routine } = await bundles.routines.retrieve("barrier-restoration", { region_id })
 *
 * Works in a Next.js server component and in the browser. Errors are
 * RoutineBundlesError, with the server's `type`, `code`, message and details.
 * A cart change that met a busy cart is retried once (see the options).
 */
export const routineBundles = (sdk: Pick<Medusa, "client">, options: RoutineBundlesClientOptions = {}) => {
  const request = requester(sdk)
  const maxWait = options.busyCartRetryMaxWaitSeconds ?? DEFAULT_BUSY_RETRY_MAX_WAIT_SECONDS
  const cartChange = <T>(send: () => Promise<T>) => retryWhenCartBusy(send, maxWait)
  return {
    routines: {
      /** With `region_id` or `cart_id`, each routine says whether it can be bought there (`sellable`, `unsellable_reason`). */
      list: (query?: ListQuery & Omit<RoutinePricingQuery, "fields">) =>
        request<StoreRoutineListResponse>("GET", "/store/routines", { query: asQuery(query) }),
      retrieve: (idOrHandle: string, query: RoutinePricingQuery) =>
        request<StoreRoutineResponse>("GET", `/store/routines/${encode(idOrHandle)}`, { query: asQuery(query) }),
      quote: (idOrHandle: string, body: StoreRoutineQuoteRequest) =>
        request<StoreRoutineQuoteResponse>("POST", `/store/routines/${encode(idOrHandle)}/quote`, { body }),
      /** The routines and steps a product belongs to, for its product page. */
      ofProduct: (productId: string) =>
        request<StoreProductRoutinesResponse>("GET", `/store/products/${encode(productId)}/routines`),
    },
    orders: {
      /** The bundles an order was bought with, grouped as in the cart. */
      listBundles: (orderId: string) =>
        request<StoreOrderRoutineBundleListResponse>("GET", `/store/orders/${encode(orderId)}/routine-bundles`),
    },
    symptoms: {
      /** `routine_id` (an id or handle): only the symptoms that routine's products address, for its finder. */
      list: (query?: Omit<ListQuery, "order"> & { order?: string; routine_id?: string }) =>
        request<StoreSymptomListResponse>("GET", "/store/symptoms", { query: asQuery(query) }),
    },
    /**
     * The signed-in customer's subscriptions (the SDK's customer token or
     * session; signed out: 401, another's: 404). Each action answers with
     * the subscription as it is afterwards; one its state forbids (anything
     * on a cancelled one, pausing a paused one) is a 409 saying why.
     */
    subscriptions: {
      list: (query?: SubscriptionListQuery) =>
        request<StoreRoutineSubscriptionListResponse>("GET", SUBSCRIPTIONS, { query: asQuery(query) }),
      /** With its renewals (and their orders), check-ins and the orders it placed. */
      retrieve: (id: string, query?: { fields?: string }) =>
        request<StoreRoutineSubscriptionResponse>("GET", subscription(id), { query: asQuery(query) }),
      /** Interval (one the routine offers), a step's product (one of its candidates), quantity. */
      update: (id: string, body: StoreUpdateRoutineSubscriptionRequest) =>
        request<StoreRoutineSubscriptionResponse>("POST", subscription(id), { body }),
      /** The next refill as it would be ordered today: products, price, change since the last order. */
      refill: (id: string) => request<StoreRoutineSubscriptionRefillResponse>("GET", `${subscription(id)}/refill`),
      /**
       * The refill a check-in answer would give, priced, without saving it:
       * show it as signs are ticked, then `checkIn` with the same body.
       */
      previewCheckIn: (id: string, body: StoreRoutineSubscriptionCheckinRequest) =>
        request<StoreRoutineSubscriptionRefillResponse>("POST", `${subscription(id)}/check-in/preview`, { body }),
      /** The skin check-in: the warning signs ticked now re-build the next refill (answered with it, priced). */
      checkIn: (id: string, body: StoreRoutineSubscriptionCheckinRequest) =>
        request<StoreRoutineSubscriptionCheckinResponse>("POST", `${subscription(id)}/check-in`, { body }),
      /**
       * Orders the refill now; a failure is recorded on the renewal with its
       * reason. Pass what the shopper was shown: `expected_total` (the
       * refill's total) and `next_renewal_at` (the subscription's). A total
       * that changed, or a subscription renewed since (a second click), is a
       * 409 that orders nothing.
       */
      renew: (id: string, seen: StoreRenewRoutineSubscriptionRequest = {}) =>
        request<StoreRoutineSubscriptionResponse>("POST", `${subscription(id)}/renew`, { body: seen }),
      /** Skips the coming refill: the next renewal is one interval later. */
      skip: (id: string) => request<StoreRoutineSubscriptionResponse>("POST", `${subscription(id)}/skip`, { body: {} }),
      /** Nothing renews until resumed. */
      pause: (id: string) => request<StoreRoutineSubscriptionResponse>("POST", `${subscription(id)}/pause`, { body: {} }),
      /** The next renewal is the later of the saved date and now. */
      resume: (id: string) => request<StoreRoutineSubscriptionResponse>("POST", `${subscription(id)}/resume`, { body: {} }),
      cancel: (id: string, body: StoreCancelRoutineSubscriptionRequest = {}) =>
        request<StoreRoutineSubscriptionResponse>("POST", `${subscription(id)}/cancel`, { body }),
    },
    cart: {
      listBundles: (cartId: string) =>
        request<StoreCartRoutineBundleListResponse>("GET", `/store/carts/${encode(cartId)}/routine-bundles`),
      addBundle: (cartId: string, body: StoreAddRoutineBundleRequest, query?: CartFieldsQuery) =>
        cartChange(() =>
          request<StoreCartRoutineBundlesResponse>("POST", `/store/carts/${encode(cartId)}/routine-bundles`, {
            body,
            query: asQuery(query),
          })
        ),
      updateBundle: (cartId: string, bundleId: string, body: StoreUpdateRoutineBundleRequest, query?: CartFieldsQuery) =>
        cartChange(() =>
          request<StoreCartRoutineBundlesResponse>(
            "POST",
            `/store/carts/${encode(cartId)}/routine-bundles/${encode(bundleId)}`,
            { body, query: asQuery(query) }
          )
        ),
      removeBundle: (cartId: string, bundleId: string, query?: CartFieldsQuery) =>
        cartChange(() =>
          request<StoreCartRoutineBundleDeleteResponse>(
            "DELETE",
            `/store/carts/${encode(cartId)}/routine-bundles/${encode(bundleId)}`,
            { query: asQuery(query) }
          )
        ),
    },
  }
}

export type RoutineBundlesClient = ReturnType<typeof routineBundles>
