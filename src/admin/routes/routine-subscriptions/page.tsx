import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Input,
  Text,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useSearchParams } from "react-router-dom"
import { SUBSCRIPTION_STATUSES, type RoutineSubscription, type SubscriptionStatus } from "../../../types"
import { Filter, FilterSelect } from "../../components/common/filter"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState } from "../../components/common/query-states"
import { RowLink, useRowClick } from "../../components/common/row-link"
import { SubscriptionStatusBadge } from "../../components/routine-subscriptions/subscription-status-badge"
import { useRoutines } from "../../hooks/routines"
import { useRoutineSubscriptions } from "../../hooks/routine-subscriptions"
import type { SubscriptionFilters } from "../../lib/subscription-filters"
import { formatAmount, formatInstant } from "../../lib/format"
import { intervalWords, SUBSCRIPTION_STATUS_WORDS } from "../../lib/subscription-words"

const PAGE_SIZE = 20
const ALL = "all"
const FILTER_KEYS = ["q", "routine_id", "status", "renews_from", "renews_to"] as const

const columnHelper = createDataTableColumnHelper<RoutineSubscription>()
const link = (row: RoutineSubscription) => `/routine-subscriptions/${row.id}`

const columns = [
  columnHelper.accessor("email", {
    header: "Customer",
    cell: ({ row, getValue }) => (
      <RowLink to={link(row.original)} first>
        {getValue()}
      </RowLink>
    ),
  }),
  columnHelper.accessor("routine", {
    header: "Routine",
    cell: ({ row, getValue }) => <RowLink to={link(row.original)}>{getValue()?.title ?? "Deleted routine"}</RowLink>,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row, getValue }) => (
      <RowLink to={link(row.original)}>
        <SubscriptionStatusBadge status={getValue()} />
      </RowLink>
    ),
  }),
  columnHelper.accessor("interval_weeks", {
    header: "Interval",
    cell: ({ row, getValue }) => <RowLink to={link(row.original)}>{intervalWords(getValue())}</RowLink>,
  }),
  columnHelper.accessor("next_renewal_at", {
    header: "Next renewal",
    cell: ({ row, getValue }) => (
      <RowLink to={link(row.original)}>{row.original.status === "cancelled" ? "–" : formatInstant(getValue())}</RowLink>
    ),
  }),
  columnHelper.accessor("last_total", {
    header: "Last refill",
    cell: ({ row, getValue }) => <RowLink to={link(row.original)}>{formatAmount(getValue(), row.original.currency_code)}</RowLink>,
  }),
]

/**
 * The store's subscriptions, soonest renewal first: filtered by routine,
 * status and the next renewal's days, searched by the customer's email. The
 * filters live in the address, so a reload or a shared link keeps them.
 */
const SubscriptionsList = () => {
  const rowClick = useRowClick<RoutineSubscription>(link)
  // Kept in state (updates queue, so two quick changes both land) and mirrored into the address.
  const [search, setSearch] = useSearchParams()
  const [filters, setFilters] = useState<SubscriptionFilters>(() =>
    Object.fromEntries(FILTER_KEYS.flatMap((key) => (search.get(key) ? [[key, search.get(key)]] : [])))
  )
  useEffect(() => {
    setSearch(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>, { replace: true })
  }, [filters, setSearch])
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const setFilter = (key: (typeof FILTER_KEYS)[number], value: string | undefined) => {
    setFilters((current) => ({ ...current, [key]: value && value !== ALL ? value : undefined }))
    setPagination((current) => ({ ...current, pageIndex: 0 }))
  }
  const { data: routineData } = useRoutines({ offset: 0, limit: 100 })
  const { data, isLoading, isError, error, refetch } = useRoutineSubscriptions(filters, {
    offset: pagination.pageIndex * PAGE_SIZE,
    limit: PAGE_SIZE,
  })

  const table = useDataTable({
    columns,
    data: data?.routine_subscriptions ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    search: { state: filters.q ?? "", onSearchChange: (q) => setFilter("q", q) },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: rowClick,
  })
  const filtered = FILTER_KEYS.some((key) => filters[key])

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Subscriptions</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Routines shoppers receive again every few weeks, soonest renewal first.
            </Text>
          </div>
          <DataTable.Search placeholder="Search by email" />
        </DataTable.Toolbar>
        <div className="flex flex-wrap items-end gap-3 px-6 py-3" data-testid="subscription-filters">
          <Filter id="subscriptions-routine" label="Routine">
            <FilterSelect
              id="subscriptions-routine"
              value={filters.routine_id ?? ALL}
              onChange={(value) => setFilter("routine_id", value)}
              options={[
                { value: ALL, label: "All routines" },
                ...(routineData?.routines ?? []).map((routine) => ({ value: routine.id, label: routine.title })),
              ]}
            />
          </Filter>
          <Filter id="subscriptions-status" label="Status">
            <FilterSelect
              id="subscriptions-status"
              value={filters.status ?? ALL}
              onChange={(value) => setFilter("status", value as SubscriptionStatus)}
              options={[
                { value: ALL, label: "Any status" },
                ...SUBSCRIPTION_STATUSES.map((status) => ({ value: status, label: SUBSCRIPTION_STATUS_WORDS[status].label })),
              ]}
            />
          </Filter>
          <Filter id="subscriptions-renews-from" label="Renews from">
            <Input
              id="subscriptions-renews-from"
              type="date"
              size="small"
              value={filters.renews_from ?? ""}
              onChange={(e) => setFilter("renews_from", e.target.value)}
            />
          </Filter>
          <Filter id="subscriptions-renews-to" label="Renews until">
            <Input
              id="subscriptions-renews-to"
              type="date"
              size="small"
              value={filters.renews_to ?? ""}
              onChange={(e) => setFilter("renews_to", e.target.value)}
            />
          </Filter>
          {filtered && (
            <Button size="small" variant="transparent" onClick={() => setFilters({})}>
              Clear filters
            </Button>
          )}
        </div>
        {isError ? (
          <ErrorState error={error} onRetry={refetch} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No subscriptions yet",
                description: "A subscription starts when a shopper orders a routine to be sent every few weeks.",
              },
              filtered: { heading: "No matching subscriptions", description: "Try other filters." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

const RoutineSubscriptionsPage = () => (
  <RequirePermission permission="routine_subscription:read" title="Subscriptions">
    <SubscriptionsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "Subscriptions",
  icon: ArrowPath,
})

export const handle = { breadcrumb: () => "Subscriptions" }

export default RoutineSubscriptionsPage
