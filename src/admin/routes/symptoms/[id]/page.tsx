import { Container } from "@medusajs/ui"
import { useParams, type UIMatch } from "react-router-dom"
import { RequirePermission } from "../../../components/common/permission"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { SymptomGeneralSection } from "../../../components/symptoms/symptom-general-section"
import { SymptomProductsSection } from "../../../components/symptoms/symptom-products-section"
import { usePermissions } from "../../../hooks/permissions"
import { useSymptom } from "../../../hooks/symptoms"

const SymptomDetail = ({ id }: { id: string }) => {
  const { data, isLoading, isError, error, refetch } = useSymptom(id)

  if (isLoading || isError || !data) {
    return (
      <Container className="p-0">
        {isError ? <ErrorState error={error} onRetry={refetch} /> : <LoadingState rows={4} />}
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <SymptomGeneralSection symptom={data.symptom} />
      <SymptomProductsSection symptom={data.symptom} />
    </div>
  )
}

const SymptomDetailPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="symptom:read" title="Symptom">
      <SymptomDetail id={id!} />
    </RequirePermission>
  )
}

const SymptomBreadcrumb = ({ id }: { id: string }) => {
  const { can } = usePermissions()
  const { data } = useSymptom(id, { enabled: can("symptom:read") })
  return <>{data?.symptom.name ?? "Symptom"}</>
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <SymptomBreadcrumb id={params.id!} />,
}

export default SymptomDetailPage
