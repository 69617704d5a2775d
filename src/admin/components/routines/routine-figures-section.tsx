import { Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminRoutine } from "../../../types"
import { useRoutineAnalytics } from "../../hooks/analytics"
import { usePermissions } from "../../hooks/permissions"
import { lastDays } from "../../lib/period"
import { FigureCards } from "../analytics/figure-cards"
import { NoPermissionState } from "../common/permission"
import { ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

/** This routine's figures of the last 30 days, in the currency of its first fixed amount or EUR. */
export const RoutineFiguresSection = ({ routine }: { routine: AdminRoutine }) => {
  const currency_code = routine.discount_amounts?.[0]?.currency_code ?? "eur"
  const { can, isLoading: permissionsLoading } = usePermissions()
  const allowed = can("routine_analytics:read")
  const { data, isLoading, isError, error, refetch } = useRoutineAnalytics(
    { ...lastDays(30), currency_code, routine_id: routine.id },
    { enabled: allowed }
  )
  return (
    <Container className="divide-y p-0" data-testid="routine-figures">
      <SectionHeader title="Last 30 days" />
      {!allowed && !permissionsLoading ? (
        <NoPermissionState permission="routine_analytics:read" />
      ) : isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={2} />
      ) : (
        <FigureCards analytics={data} withOrders={false} />
      )}
      {allowed && (
        <Text size="small" className="px-6 py-3">
          <Link to="/routine-performance" className="text-ui-fg-interactive hover:underline">
            All routines' performance
          </Link>
        </Text>
      )}
    </Container>
  )
}
