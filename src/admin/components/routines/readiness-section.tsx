import { CheckCircleSolid, ExclamationCircleSolid, XCircleSolid } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import type { AdminRoutine, RoutineReadinessCheck, RoutineReadinessStatus } from "../../../types"
import { useRoutineReadiness } from "../../hooks/readiness"
import { ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

const ICONS: Record<RoutineReadinessStatus, JSX.Element> = {
  ok: <CheckCircleSolid className="text-ui-tag-green-icon shrink-0" aria-label="Done" />,
  warning: <ExclamationCircleSolid className="text-ui-tag-orange-icon shrink-0" aria-label="Warning" />,
  blocker: <XCircleSolid className="text-ui-tag-red-icon shrink-0" aria-label="Blocks publishing" />,
}

/** The checklist in a sentence: what the merchant most needs to know first. */
export const readinessSummary = (checks: RoutineReadinessCheck[], published: boolean) => {
  const count = (status: RoutineReadinessStatus) => checks.filter((c) => c.status === status).length
  const blockers = count("blocker")
  const warnings = count("warning")
  const note = warnings ? `, with ${warnings === 1 ? "a warning" : `${warnings} warnings`}` : ""
  if (published) {
    return blockers ? "Live, but shoppers cannot buy it: see below." : `Live${note}.`
  }
  if (blockers) return `${blockers === 1 ? "One thing blocks" : `${blockers} things block`} publishing.`
  return `Ready to publish${note}.`
}

/**
 * The checklist before publishing (GET /admin/routines/:id/readiness): what
 * blocks publishing, and in which regions shoppers could not buy the routine
 * or would meet a step without a product. It refreshes with every change of
 * the routine, its steps and their products.
 */
export const ReadinessSection = ({ routine }: { routine: AdminRoutine }) => {
  const { data, isLoading, isFetching, isError, error, refetch } = useRoutineReadiness(routine.id)
  return (
    <Container className="divide-y p-0" data-testid="routine-readiness" aria-busy={isFetching}>
      <SectionHeader
        title="Checklist"
        subtitle={data ? readinessSummary(data.readiness.checks, routine.status === "published") : "What shoppers will meet once it is live."}
      />
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading || !data ? (
        <LoadingState rows={3} />
      ) : (
        <ul className="divide-y">
          {data.readiness.checks.map((check) => (
            <li key={check.key} className="flex items-start gap-x-3 px-6 py-3" data-status={check.status}>
              <span className="mt-px">{ICONS[check.status]}</span>
              <div>
                <Text size="small" weight="plus" leading="compact">
                  {check.label}
                </Text>
                {check.detail && (
                  <Text size="small" leading="compact" className="text-ui-fg-subtle mt-1">
                    {check.detail}
                  </Text>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
