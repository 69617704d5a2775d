import type { SubscriptionStatus } from "../../types"

/** The subscriptions list's filters as the page keeps them (days are YYYY-MM-DD, UTC; `renews_to` included). */
export type SubscriptionFilters = {
  q?: string
  routine_id?: string
  status?: SubscriptionStatus
  renews_from?: string
  renews_to?: string
}

const DAY = 24 * 60 * 60 * 1000

/**
 * The filters as GET /admin/routine-subscriptions takes them: the renewal
 * days become an instant range, from the first day's start up to (not
 * including) the start of the day after the last.
 */
export const subscriptionListQuery = (filters: SubscriptionFilters, page: { offset: number; limit: number }) => {
  const query: Record<string, string | number> = { ...page }
  if (filters.q) query.q = filters.q
  if (filters.routine_id) query.routine_id = filters.routine_id
  if (filters.status) query.status = filters.status
  if (filters.renews_from) query["next_renewal_at[$gte]"] = new Date(`${filters.renews_from}T00:00:00Z`).toISOString()
  if (filters.renews_to) query["next_renewal_at[$lt]"] = new Date(Date.parse(`${filters.renews_to}T00:00:00Z`) + DAY).toISOString()
  return query
}
