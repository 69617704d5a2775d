import { Container, Tabs } from "@medusajs/ui"
import { useParams, useSearchParams, type UIMatch } from "react-router-dom"
import { RequirePermission } from "../../../components/common/permission"
import { ErrorState, LoadingState } from "../../../components/common/query-states"
import { AvailabilitySection } from "../../../components/routines/availability-section"
import { CoverageSection } from "../../../components/routines/coverage-section"
import { HistorySection } from "../../../components/routines/history-section"
import { PricePreviewSection } from "../../../components/routines/price-preview-section"
import { ReadinessSection } from "../../../components/routines/readiness-section"
import { RoutineFiguresSection } from "../../../components/routines/routine-figures-section"
import { RoutineGeneralSection } from "../../../components/routines/routine-general-section"
import { StepsSection } from "../../../components/routines/steps-section"
import { SubscriptionsSection } from "../../../components/routines/subscriptions-section"
import { usePermissions } from "../../../hooks/permissions"
import { useRoutine } from "../../../hooks/routines"

const OVERVIEW = "overview"
const COVERAGE = "coverage"

/** The tab lives in the URL (?tab=coverage), so a reload or a shared link opens the same one. */
const useTab = () => {
  const [params, setParams] = useSearchParams()
  const tab = params.get("tab") === COVERAGE ? COVERAGE : OVERVIEW
  const setTab = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current)
        if (next === OVERVIEW) updated.delete("tab")
        else updated.set("tab", next)
        return updated
      },
      { replace: true }
    )
  return [tab, setTab] as const
}

const RoutineDetail = ({ id }: { id: string }) => {
  const { data, isLoading, isError, error, refetch } = useRoutine(id)
  const [tab, setTab] = useTab()

  if (isLoading || isError || !data) {
    return (
      <Container className="p-0">
        {isError ? <ErrorState error={error} onRetry={refetch} /> : <LoadingState rows={6} />}
      </Container>
    )
  }

  const { routine } = data
  return (
    <Tabs value={tab} onValueChange={setTab} className="flex flex-col gap-y-3">
      <Tabs.List aria-label="Routine sections">
        <Tabs.Trigger value={OVERVIEW}>Overview</Tabs.Trigger>
        <Tabs.Trigger value={COVERAGE}>Coverage audit</Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value={OVERVIEW}>
        <div className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4">
          <div className="flex w-full flex-col gap-y-3">
            <RoutineGeneralSection routine={routine} />
            <StepsSection routine={routine} />
          </div>
          <div className="flex w-full flex-col gap-y-3 xl:max-w-[480px]">
            <ReadinessSection routine={routine} />
            <AvailabilitySection routine={routine} />
            <SubscriptionsSection routine={routine} />
            <PricePreviewSection routine={routine} />
            <RoutineFiguresSection routine={routine} />
            <HistorySection routine={routine} />
          </div>
        </div>
      </Tabs.Content>
      <Tabs.Content value={COVERAGE}>
        <CoverageSection routine={routine} />
      </Tabs.Content>
    </Tabs>
  )
}

const RoutineDetailPage = () => {
  const { id } = useParams()
  return (
    <RequirePermission permission="routine:read" title="Routine">
      <RoutineDetail id={id!} />
    </RequirePermission>
  )
}

// Shares the page's query, so the title costs no extra request.
const RoutineBreadcrumb = ({ id }: { id: string }) => {
  const { can } = usePermissions()
  const { data } = useRoutine(id, { enabled: can("routine:read") })
  return <>{data?.routine.title ?? "Routine"}</>
}

export const handle = {
  breadcrumb: ({ params }: UIMatch) => <RoutineBreadcrumb id={params.id!} />,
}

export default RoutineDetailPage
