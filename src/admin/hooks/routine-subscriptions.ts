import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminRenewRoutineSubscriptionRequest,
  AdminOrderRoutineSubscriptionsResponse,
  AdminRoutineSubscriptionListResponse,
  AdminRoutineSubscriptionRefillResponse,
  AdminRoutineSubscriptionResponse,
  AdminUpdateRoutineSubscriptionRequest,
  StoreCancelRoutineSubscriptionRequest,
} from "../../types"
import { sdk } from "../lib/sdk"
import { subscriptionListQuery, type SubscriptionFilters } from "../lib/subscription-filters"

export const useRoutineSubscriptions = (filters: SubscriptionFilters, page: { offset: number; limit: number }) =>
  useQuery({
    queryKey: ["routine-subscriptions", "list", filters, page],
    queryFn: () =>
      sdk.client.fetch<AdminRoutineSubscriptionListResponse>("/admin/routine-subscriptions", {
        query: subscriptionListQuery(filters, page),
      }),
    placeholderData: keepPreviousData,
  })

export const useRoutineSubscription = (id: string) =>
  useQuery({
    queryKey: ["routine-subscriptions", "detail", id],
    queryFn: () => sdk.client.fetch<AdminRoutineSubscriptionResponse>(`/admin/routine-subscriptions/${id}`),
  })

/**
 * Reads the subscription's next refill as it would be ordered now (GET
 * …/refill), afresh at each call: renew now states that total and sends it
 * as `expected_total`, so it must be today's, not a cached one.
 */
export const useReadRoutineSubscriptionRefill = (id: string) => {
  const client = useQueryClient()
  return () =>
    client.fetchQuery({
      queryKey: ["routine-subscriptions", "refill", id],
      queryFn: () => sdk.client.fetch<AdminRoutineSubscriptionRefillResponse>(`/admin/routine-subscriptions/${id}/refill`),
      staleTime: 0,
    })
}

/** The subscriptions an order started and the one it renewed, for the order page. */
export const useOrderRoutineSubscriptions = (orderId: string) =>
  useQuery({
    queryKey: ["routine-subscriptions", "order", orderId],
    queryFn: () => sdk.client.fetch<AdminOrderRoutineSubscriptionsResponse>(`/admin/orders/${orderId}/routine-subscriptions`),
  })

type Change =
  | { action: "update"; body: AdminUpdateRoutineSubscriptionRequest }
  | { action: "renew"; body: AdminRenewRoutineSubscriptionRequest }
  | { action: "pause" | "resume"; body?: undefined }
  | { action: "cancel"; body: StoreCancelRoutineSubscriptionRequest }

/**
 * Every change of a subscription (its schedule, renew now, pause, resume,
 * cancel) answers the subscription; every list, detail and order view of
 * subscriptions is read again after it (a renewal places an order too),
 * and after a refusal as well: renew now's 409 for a price change has told
 * the shopper, and the page shows the notice.
 */
export const useChangeRoutineSubscription = (id: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: Change) =>
      sdk.client.fetch<AdminRoutineSubscriptionResponse>(
        action === "update" ? `/admin/routine-subscriptions/${id}` : `/admin/routine-subscriptions/${id}/${action}`,
        { method: "POST", body: body ?? {} }
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ["routine-subscriptions"] }),
  })
}
