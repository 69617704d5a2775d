import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { RoutineAnalyticsResponse } from "../../types"
import { sdk } from "../lib/sdk"

export type AnalyticsFilters = { from: string; to: string; currency_code: string; routine_id?: string }

export const analyticsQuery = (filters: AnalyticsFilters) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value)) as Record<string, string>

export const useRoutineAnalytics = (filters: AnalyticsFilters, { enabled = true } = {}) =>
  useQuery({
    queryKey: ["routine-analytics", filters],
    queryFn: () => sdk.client.fetch<RoutineAnalyticsResponse>("/admin/routine-analytics", { query: analyticsQuery(filters) }),
    placeholderData: keepPreviousData,
    enabled,
  })
