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
import { useNavigate } from "react-router-dom"
import { RequirePermission } from "../../components/common/permission"
import { ErrorState } from "../../components/common/query-states"
import { Thumbnail } from "../../components/common/thumbnail"
import { CreateSymptomModal } from "../../components/symptoms/create-symptom-modal"
import { useSymptoms } from "../../hooks/symptoms"
import type { AdminSymptom as Symptom } from "../../../types"

const columnHelper = createDataTableColumnHelper<Symptom>()

const columns = [
  columnHelper.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <Text size="small" weight="plus">
          {row.original.name}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {row.original.description}
        </Text>
      </div>
    ),
  }),
  columnHelper.accessor("handle", { header: "Handle" }),
  columnHelper.accessor("products", {
    header: "Products addressing it",
    cell: ({ getValue }) => {
      const products = getValue() ?? []
      return (
        <div className="flex items-center gap-x-1">
          {products.slice(0, 5).map((p) => (
            <Thumbnail key={p.id} src={p.thumbnail} alt={p.title} />
          ))}
          <Text size="small" className="text-ui-fg-subtle ml-1">
            {products.length}
          </Text>
        </div>
      )
    },
  }),
]

// Few enough to show at once: a shop names a handful of symptoms.
const SymptomsList = () => {
  const navigate = useNavigate()
  const { data, isLoading, isError, error, refetch } = useSymptoms()

  const table = useDataTable({
    columns,
    data: data?.symptoms ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    onRowClick: (_, row) => navigate(`/symptoms/${row.id}`),
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
