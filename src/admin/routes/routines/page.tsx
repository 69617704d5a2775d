import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
  type DataTablePaginationState,
} from "@medusajs/ui"
import { useState } from "react"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState } from "../../components/common/query-states"
import { RowLink, useRowClick } from "../../components/common/row-link"
import { CreateRoutineModal } from "../../components/routines/create-routine-modal"
import { RoutineScheduleBadge, RoutineStatusBadge } from "../../components/routines/routine-status-badge"
import { useRoutines } from "../../hooks/routines"
import { describeDiscount } from "../../lib/describe-discount"
import type { AdminRoutine as Routine } from "../../../types"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Routine>()

const columns = [
  columnHelper.accessor("title", {
    header: "Title",
    cell: ({ row }) => (
      <RowLink to={`/routines/${row.original.id}`} first>
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {row.original.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            /{row.original.handle}
          </Text>
        </div>
      </RowLink>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ row, getValue }) => (
      <RowLink to={`/routines/${row.original.id}`}>
        <span className="flex items-center gap-x-1">
          <RoutineStatusBadge status={getValue()} />
          <RoutineScheduleBadge routine={row.original} />
        </span>
      </RowLink>
    ),
  }),
  columnHelper.accessor("steps", {
    header: "Steps",
    cell: ({ row, getValue }) => <RowLink to={`/routines/${row.original.id}`}>{getValue()?.length ?? 0}</RowLink>,
  }),
  columnHelper.accessor("discount_type", {
    header: "Discount",
    cell: ({ row }) => <RowLink to={`/routines/${row.original.id}`}>{describeDiscount(row.original)}</RowLink>,
  }),
]

const RoutinesList = () => {
  const rowClick = useRowClick<Routine>((row) => `/routines/${row.id}`)
  const [search, setSearch] = useState("")
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })

  const { data, isLoading, isError, error, refetch } = useRoutines({
    q: search || undefined,
    offset: pagination.pageIndex * PAGE_SIZE,
    limit: PAGE_SIZE,
  })

  const table = useDataTable({
    columns,
    data: data?.routines ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    search: { state: search, onSearchChange: setSearch },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: rowClick,
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Routines</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Step-by-step routines sold as discounted bundles.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search routines" />
            <CreateRoutineModal />
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <ErrorState error={error} onRetry={refetch} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No routines yet",
                description: "Create a routine, add its steps and their products.",
              },
              filtered: {
                heading: "No matching routines",
                description: "Try another search.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

const RoutinesPage = () => (
  <RequirePermission permission="routine:read" title="Routines">
    <RoutinesList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "Routines",
  icon: Sparkles,
})

export const handle = { breadcrumb: () => "Routines" }

export default RoutinesPage
