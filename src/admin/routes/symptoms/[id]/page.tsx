import { Container } from "@medusajs/ui"
import { useParams, type UIMatch } from "react-router-dom"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { SymptomGeneralSection } from "../../../components/symptoms/symptom-general-section"
import { SymptomProductsSection } from "../../../components/symptoms/symptom-products-section"
import { useSymptom } from "../../../hooks/symptoms"

const SymptomDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error, refetch } = useSymptom(id!)

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

const SymptomBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useSymptom(id)
  return <>{data?.symptom.name ?? "Symptom"}</>
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <SymptomBreadcrumb id={params.id!} />,
}

export default SymptomDetailPage
