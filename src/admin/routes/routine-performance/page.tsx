import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartBar } from "@medusajs/icons"
import { Button, Container, Heading, Input, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { AnalyticsTables } from "../../components/analytics/analytics-tables"
import { DailyCharts } from "../../components/analytics/daily-charts"
import { FigureCards } from "../../components/analytics/figure-cards"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState, LoadingState } from "../../components/common/query-states"
import { analyticsQuery, useRoutineAnalytics, type AnalyticsFilters } from "../../hooks/analytics"
import { useRegions } from "../../hooks/regions"
import { sdk } from "../../lib/sdk"
import { lastDays } from "../../lib/period"

const exportUrl = (filters: AnalyticsFilters) =>
  `${sdk.client["config"].baseUrl.replace(/\/$/, "")}/admin/routine-analytics/export?${new URLSearchParams(analyticsQuery(filters))}`

/**
 * Routine performance: what shoppers say their skin does, how quotes become
 * bundles and orders, what the bundles earn and what their discount costs,
 * and which steps keep falling back. From the facts the plugin records.
 */
const RoutinePerformance = () => {
  const { data: regionData } = useRegions()
  const currencies = [...new Set((regionData?.regions ?? []).map((r) => r.currency_code))].sort()
  const [filters, setFilters] = useState<AnalyticsFilters>({ ...lastDays(30), currency_code: "eur" })
  const { data, isLoading, isError, error, refetch } = useRoutineAnalytics(filters)
  const set = (patch: Partial<AnalyticsFilters>) => setFilters((current) => ({ ...current, ...patch }))

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-end justify-between gap-4 px-6 py-4">
        <div>
          <Heading>Routine performance</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Quotes, bundles and orders of the period, in one currency.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="analytics-from" size="xsmall">
              From
            </Label>
            <Input id="analytics-from" type="date" size="small" value={filters.from} onChange={(e) => set({ from: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="analytics-to" size="xsmall">
              To
            </Label>
            <Input id="analytics-to" type="date" size="small" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="analytics-currency" size="xsmall">
              Currency
            </Label>
            <Select size="small" value={filters.currency_code} onValueChange={(currency_code) => set({ currency_code })}>
              <Select.Trigger id="analytics-currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {(currencies.length ? currencies : [filters.currency_code]).map((code) => (
                  <Select.Item key={code} value={code}>
                    {code.toUpperCase()}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
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
          <DailyCharts analytics={data} />
          <AnalyticsTables analytics={data} />
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
