import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Beaker } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState } from "../../components/common/query-states"
import { RowLink, useRowClick } from "../../components/common/row-link"
import { Thumbnail } from "../../components/common/thumbnail"
import { CreateSymptomModal } from "../../components/symptoms/create-symptom-modal"
import { useSymptoms } from "../../hooks/symptoms"
import type { AdminSymptom as Symptom } from "../../../types"

const columnHelper = createDataTableColumnHelper<Symptom>()

const columns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <RowLink to={`/symptoms/${row.original.id}`} first>
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {row.original.name}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {row.original.description}
          </Text>
        </div>
      </RowLink>
    ),
  }),
  columnHelper.accessor("handle", {
    header: "Handle",
    cell: ({ row, getValue }) => <RowLink to={`/symptoms/${row.original.id}`}>{getValue()}</RowLink>,
  }),
  columnHelper.accessor("products", {
    header: "Products addressing it",
    cell: ({ row, getValue }) => {
      const products = getValue() ?? []
      return (
        <RowLink to={`/symptoms/${row.original.id}`}>
          <div className="flex items-center gap-x-1">
            {products.slice(0, 5).map((p) => (
              <Thumbnail key={p.id} src={p.thumbnail} alt={p.title} />
            ))}
            <Text size="small" className="text-ui-fg-subtle ml-1">
              {products.length}
            </Text>
          </div>
        </RowLink>
      )
    },
  }),
]

// Few enough to show at once: a shop names a handful of symptoms.
const SymptomsList = () => {
  const rowClick = useRowClick<Symptom>((row) => `/symptoms/${row.id}`)
  const { data, isLoading, isError, error, refetch } = useSymptoms()

  const table = useDataTable({
    columns,
    data: data?.symptoms ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: rowClick,
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>Symptoms</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              What shoppers pick; routines prefer the products that address it.
            </Text>
          </div>
          <CreateSymptomModal />
        </DataTable.Toolbar>
        {isError ? (
          <ErrorState error={error} onRetry={refetch} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No symptoms yet",
                description: "Create the symptoms shoppers can choose from.",
              },
            }}
          />
        )}
      </DataTable>
    </Container>
  )
}

const SymptomsPage = () => (
  <RequirePermission permission="symptom:read" title="Symptoms">
    <SymptomsList />
  </RequirePermission>
)

export const config = defineRouteConfig({
  label: "Symptoms",
  icon: Beaker,
})

export const handle = { breadcrumb: () => "Symptoms" }

export default SymptomsPage
