import { Heading, Table, Text } from "@medusajs/ui"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"
import { percent } from "../../lib/period"
import { FigureCard } from "./figure-cards"

const Card = (props: { label: string; value: string; hint?: string }) => (
  <FigureCard {...props} testId="analytics-subscription-figure" />
)

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * Subscriptions in the page's currency and routine: how many stand now and
 * what they bring in a month, the period's renewals and cancellations, and
 * how the check-ins changed shoppers' warning signs.
 */
export const SubscriptionFigures = ({ analytics }: { analytics: RoutineAnalyticsResponse }) => {
  const s = analytics.subscriptions
  const currency = analytics.currency_code.toUpperCase()
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  const renewed = s.renewals.succeeded + s.renewals.failed + s.renewals.skipped + s.renewals.pending
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="analytics-subscriptions">
      <div>
        <Heading level="h3">Subscriptions</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Subscriptions and recurring revenue as they stand now; renewals, churn and check-ins of the period.
        </Text>
      </div>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Card
          label="Active subscriptions (now)"
          value={String(s.active)}
          hint={`${s.paused} paused · ${count(s.needs_action, "needs", "need")} action`}
        />
        <Card
          label={`Recurring revenue per month (${currency}, now)`}
          value={s.active ? money(s.recurring_revenue_monthly) : "No active subscription"}
          hint="Each active subscription's last refill × 52 weeks ÷ 12 months ÷ its interval in weeks, added up"
        />
        <Card
          label="Renewals due in the period"
          value={String(renewed)}
          hint={`${s.renewals.succeeded} ordered (${money(s.renewals.revenue)}) · ${s.renewals.failed} failed · ${s.renewals.skipped} skipped · ${s.renewals.pending} pending`}
        />
        <Card
          label="Churn in the period"
          value={s.subscribed_at_start ? percent(s.churn_rate) : "No subscriber at the start"}
          hint={`${count(s.cancelled, "cancellation", "cancellations")} ÷ ${count(s.subscribed_at_start, "subscription", "subscriptions")} at the period's start`}
        />
      </div>
      <Text size="small" weight="plus">
        Skin check-ins: {count(s.checkins, "answer", "answers")} in the period
      </Text>
      {s.symptom_changes.length ? (
        <Table data-testid="analytics-symptom-changes">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Warning sign</Table.HeaderCell>
              <Table.HeaderCell>Gone (dropped)</Table.HeaderCell>
              <Table.HeaderCell>New (added)</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {s.symptom_changes.map((change) => (
              <Table.Row key={change.symptom.id}>
                <Table.Cell>{change.symptom.name}</Table.Cell>
                <Table.Cell>{change.dropped}</Table.Cell>
                <Table.Cell>{change.added}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          {s.checkins ? "No check-in changed a warning sign." : "No check-in answered in the period."}
        </Text>
      )}
    </div>
  )
}
