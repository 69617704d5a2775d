import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useSearchParams } from "react-router-dom"
import { AnalyticsTables } from "../../components/analytics/analytics-tables"
import { DailyCharts } from "../../components/analytics/daily-charts"
import { FigureCards } from "../../components/analytics/figure-cards"
import { SubscriptionFigures } from "../../components/analytics/subscription-figures"
import { Filter, FilterSelect } from "../../components/common/filter"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState, LoadingState } from "../../components/common/query-states"
import { analyticsQuery, useRoutineAnalytics, type AnalyticsFilters } from "../../hooks/analytics"
import { useRegions } from "../../hooks/regions"
import { useRoutines } from "../../hooks/routines"
import { sdk } from "../../lib/sdk"
import { lastDays } from "../../lib/period"

const exportUrl = (filters: AnalyticsFilters) =>
  `${sdk.client["config"].baseUrl.replace(/\/$/, "")}/admin/routine-analytics/export?${new URLSearchParams(analyticsQuery(filters))}`

const ALL_ROUTINES = "all"

/**
 * Routine performance: what shoppers say their skin does, how finder visits
 * become bundles and orders, what the bundles earn and what their discount
 * costs, and which steps keep falling back. From the facts the plugin records.
 */

const RoutinePerformance = () => {
  const { data: regionData } = useRegions()
  const { data: routineData } = useRoutines({ offset: 0, limit: 100 })
  const currencies = [...new Set((regionData?.regions ?? []).map((r) => r.currency_code))].sort()
  // The routine filter lives in the address: a routine's page links here with it, and a reload keeps it.
  const [search, setSearch] = useSearchParams()
  const routine_id = search.get("routine_id") ?? undefined
  const [period, setPeriod] = useState<Omit<AnalyticsFilters, "routine_id">>({ ...lastDays(30), currency_code: "eur" })
  const filters: AnalyticsFilters = { ...period, routine_id }
  const { data, isLoading, isError, error, refetch } = useRoutineAnalytics(filters)
  const set = (patch: Partial<typeof period>) => setPeriod((current) => ({ ...current, ...patch }))
  const setRoutine = (id: string) => setSearch(id === ALL_ROUTINES ? {} : { routine_id: id }, { replace: true })

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Routine performance</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Finder visits, bundles and orders of the period, in one currency, against the period just before.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <Filter id="analytics-from" label="From">
            <Input id="analytics-from" type="date" size="small" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </Filter>
          <Filter id="analytics-to" label="To">
            <Input id="analytics-to" type="date" size="small" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </Filter>
          <Filter id="analytics-routine" label="Routine">
            <FilterSelect
              id="analytics-routine"
              value={routine_id ?? ALL_ROUTINES}
              onChange={setRoutine}
              options={[
                { value: ALL_ROUTINES, label: "All routines" },
                ...(routineData?.routines ?? []).map((routine) => ({ value: routine.id, label: routine.title })),
              ]}
            />
          </Filter>
          <Filter id="analytics-currency" label="Currency">
            <FilterSelect
              id="analytics-currency"
              value={filters.currency_code}
              onChange={(currency_code) => set({ currency_code })}
              options={(currencies.length ? currencies : [filters.currency_code]).map((code) => ({ value: code, label: code.toUpperCase() }))}
            />
          </Filter>
          <Button size="small" variant="secondary" asChild>
            <a href={exportUrl(filters)} download>
              Export CSV
            </a>
          </Button>
        </div>
      </div>
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={6} />
      ) : (
        <>
          <FigureCards analytics={data} />
          <SubscriptionFigures analytics={data} />
          <DailyCharts analytics={data} />
          <AnalyticsTables analytics={data} perRoutine={!routine_id} />
        </>
      )}
    </Container>
  )
}

// Revenue and discounts are for those who may read them: others get the reason, not a failed request.
const RoutinePerformancePage = () => (
  <RequirePermission permission="routine_analytics:read" title="Routine performance">
    <RoutinePerformance />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "Routine performance",
  icon: ChartBar,
})

export const handle = { breadcrumb: () => "Routine performance" }

export default RoutinePerformancePage
