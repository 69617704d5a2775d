import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminRoutine } from "../../../types"
import { useRoutineAnalytics } from "../../hooks/analytics"
import { usePermissions } from "../../hooks/permissions"
import { useRegions } from "../../hooks/regions"
import { lastDays } from "../../lib/period"
import { FigureCards } from "../analytics/figure-cards"
import { NoPermissionState } from "../common/permission"
import { ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

/** One currency's figures of the routine, or a sentence when nothing happened in it. */
const CurrencyFigures = ({ routineId, currency_code }: { routineId: string; currency_code: string }) => {
  const { data, isLoading, isError, error, refetch } = useRoutineAnalytics({ ...lastDays(30), currency_code, routine_id: routineId })
  const currency = currency_code.toUpperCase()
  if (isError) return <ErrorState error={error} onRetry={refetch} />
  if (isLoading || !data) return <LoadingState rows={2} />
  const { totals, orders } = data
  const quiet = !totals.quote_requests && !totals.bundles_added && !totals.bundles_ordered && !orders.with_routine.count
  return (
    <div className="flex flex-col" data-testid={`routine-figures-${currency_code}`}>
      <Heading level="h3" className="px-6 pt-4">
        {`In ${currency}`}
      </Heading>
      {quiet ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {`Nothing recorded in ${currency} in the last 30 days: no finder visit, bundle or order.`}
        </Text>
      ) : (
        <FigureCards analytics={data} />
      )}
    </div>
  )
}

/** This routine's figures of the last 30 days, one block per currency the store sells in. */
export const RoutineFiguresSection = ({ routine }: { routine: AdminRoutine }) => {
  const { can, isLoading: permissionsLoading } = usePermissions()
  const allowed = can("routine_analytics:read")
  const { data: regionData, isLoading: regionsLoading } = useRegions()
  const currencies = [...new Set((regionData?.regions ?? []).map((r) => r.currency_code))].sort()
  return (
    <Container className="divide-y p-0" data-testid="routine-figures">
      <SectionHeader title="Last 30 days" />
      {!allowed && !permissionsLoading ? (
        <NoPermissionState permission="routine_analytics:read" />
      ) : regionsLoading || permissionsLoading ? (
        <LoadingState rows={2} />
      ) : (
        currencies.map((code) => <CurrencyFigures key={code} routineId={routine.id} currency_code={code} />)
      )}
      {allowed && (
        <Text size="small" className="px-6 py-3">
          <Link to={`/routine-performance?routine_id=${routine.id}`} className="text-ui-fg-interactive hover:underline">
            This routine on Routine performance
          </Link>
        </Text>
      )}
    </Container>
  )
}
