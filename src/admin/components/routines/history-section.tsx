import { ExclamationCircle } from "@medusajs/icons"
import { Badge, Button, Container, Text, clx } from "@medusajs/ui"
import type { AdminRoutine, AdminRoutineChange } from "../../../types"
import { useRoutineChanges } from "../../hooks/history"
import { changeAuthor, describeChange, type ChangeLine } from "../../lib/describe-change"
import { EmptyState, ErrorState, LoadingState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"

const total = (count: number) => (count === 1 ? "1 change" : `${count} changes, newest first`)

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" })

const Line = ({ line }: { line: ChangeLine }) => (
  <li className="text-ui-fg-subtle" data-testid="routine-change-line">
    <Text size="xsmall" asChild>
      <span>
        <span className="text-ui-fg-base">{line.label}:</span>{" "}
        {line.before !== undefined && line.after !== undefined ? (
          <>
            <span data-testid="change-before">{line.before}</span> → <span data-testid="change-after">{line.after}</span>
          </>
        ) : (
          (line.after ?? line.before)
        )}
      </span>
    </Text>
  </li>
)

const ChangeRow = ({ change, routine }: { change: AdminRoutineChange; routine: AdminRoutine }) => {
  const { title, lines } = describeChange(change, routine)
  const alerted = change.alerts.length > 0
  return (
    <li
      className={clx("flex flex-col gap-y-1 px-6 py-3", alerted && "bg-ui-tag-orange-bg")}
      data-testid="routine-change"
      data-subject={change.subject}
      data-alert={alerted || undefined}
    >
      <div className="flex items-start justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {title}
          </Text>
          {alerted && (
            <Badge size="2xsmall" color="orange">
              Alert
            </Badge>
          )}
        </div>
        <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
          <time dateTime={change.created_at}>{dateTime.format(new Date(change.created_at))}</time>
        </Text>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        by {changeAuthor(change)}
      </Text>
      {lines.length > 0 && (
        <ul className="flex flex-col gap-y-0.5">
          {lines.map((line, index) => (
            <Line key={index} line={line} />
          ))}
        </ul>
      )}
      {alerted && (
        <ul className="text-ui-fg-error flex flex-col gap-y-0.5" role="alert">
          {change.alerts.map((alert) => (
            <li key={alert} className="flex items-start gap-x-1">
              <ExclamationCircle className="mt-px shrink-0" />
              <Text size="xsmall">{alert}</Text>
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/**
 * Who changed the routine, its offer, its steps and their products, when,
 * from what to what. Offer changes past the store's alert threshold stand
 * out with their reasons.
 */
export const HistorySection = ({ routine }: { routine: AdminRoutine }) => {
  const { data, isLoading, isError, error, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } =
    useRoutineChanges(routine.id)
  const changes = data?.pages.flatMap((page) => page.routine_changes) ?? []
  return (
    <Container className="divide-y p-0" data-testid="routine-history">
      <SectionHeader title="History" subtitle={data && total(data.pages[0].count)} />
      {isError ? (
        <ErrorState error={error} onRetry={refetch} />
      ) : isLoading ? (
        <LoadingState rows={3} />
      ) : changes.length === 0 ? (
        <EmptyState title="No changes recorded yet" />
      ) : (
        <ul className="divide-y" aria-label="Changes">
          {changes.map((change) => (
            <ChangeRow key={change.id} change={change} routine={routine} />
          ))}
        </ul>
      )}
      {hasNextPage && (
        <div className="px-6 py-3">
          <Button size="small" variant="secondary" isLoading={isFetchingNextPage} onClick={() => fetchNextPage()}>
            Show more
          </Button>
        </div>
      )}
    </Container>
  )
}
