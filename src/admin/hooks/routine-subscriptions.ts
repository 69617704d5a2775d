import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminOrderRoutineSubscriptionsResponse,
  AdminRoutineSubscriptionListResponse,
  AdminRoutineSubscriptionResponse,
  AdminUpdateRoutineSubscriptionRequest,
  StoreCancelRoutineSubscriptionRequest,
  SubscriptionStatus,
} from "../../types"
import { sdk } from "../lib/sdk"

/** The list's filters as the page keeps them (days are YYYY-MM-DD, UTC; `to` included). */
export type SubscriptionFilters = {
  q?: string
  routine_id?: string
  status?: SubscriptionStatus
  renews_from?: string
  renews_to?: string
}

const DAY = 24 * 60 * 60 * 1000

/** The filters as the list route takes them: the renewal days as an instant range. */
export const subscriptionListQuery = (filters: SubscriptionFilters, page: { offset: number; limit: number }) => {
  const query: Record<string, string | number> = { ...page }
  if (filters.q) query.q = filters.q
  if (filters.routine_id) query.routine_id = filters.routine_id
  if (filters.status) query.status = filters.status
  if (filters.renews_from) query["next_renewal_at[$gte]"] = new Date(`${filters.renews_from}T00:00:00Z`).toISOString()
  if (filters.renews_to) query["next_renewal_at[$lt]"] = new Date(Date.parse(`${filters.renews_to}T00:00:00Z`) + DAY).toISOString()
  return query
}

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

/** The subscriptions an order started and the one it renewed, for the order page. */
export const useOrderRoutineSubscriptions = (orderId: string) =>
  useQuery({
    queryKey: ["routine-subscriptions", "order", orderId],
    queryFn: () => sdk.client.fetch<AdminOrderRoutineSubscriptionsResponse>(`/admin/orders/${orderId}/routine-subscriptions`),
  })

type Change =
  | { action: "update"; body: AdminUpdateRoutineSubscriptionRequest }
  | { action: "renew" | "pause" | "resume"; body?: undefined }
  | { action: "cancel"; body: StoreCancelRoutineSubscriptionRequest }

/**
 * Every change of a subscription (its schedule, renew now, pause, resume,
 * cancel) answers the subscription; every list, detail and order view of
 * subscriptions is read again after it (a renewal places an order too).
 */
export const useChangeRoutineSubscription = (id: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: Change) =>
      sdk.client.fetch<AdminRoutineSubscriptionResponse>(
        action === "update" ? `/admin/routine-subscriptions/${id}` : `/admin/routine-subscriptions/${id}/${action}`,
        { method: "POST", body: body ?? {} }
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ["routine-subscriptions"] }),
  })
}
