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
