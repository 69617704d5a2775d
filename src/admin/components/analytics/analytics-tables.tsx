import { Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"
import { percent } from "../../lib/period"

const REASONS: Record<string, string> = {
  removed: "Removed by the shopper",
  line_changed: "A line's quantity was changed",
  line_removed: "A line was deleted",
  product_unavailable: "A product stopped selling",
  currency_unavailable: "No discount in the new currency",
  dissolved_by_merchant: "Dissolved by the merchant",
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4">
    <Heading level="h3">{title}</Heading>
    {children}
  </div>
)

const Empty = ({ text }: { text: string }) => (
  <Text size="small" className="text-ui-fg-subtle">
    {text}
  </Text>
)

/** Per routine, the symptoms shoppers name, the steps that fall back, and why bundles end. */
export const AnalyticsTables = ({ analytics, perRoutine = true }: { analytics: RoutineAnalyticsResponse; perRoutine?: boolean }) => {
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  const currency = analytics.currency_code.toUpperCase()
  return (
    <div className="flex flex-col divide-y">
      {perRoutine && (
        <Section title="By routine">
          {analytics.by_routine.length ? (
            <Table data-testid="analytics-routines">
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Routine</Table.HeaderCell>
                  <Table.HeaderCell>Finder visits</Table.HeaderCell>
                  <Table.HeaderCell>Bundles added</Table.HeaderCell>
                  <Table.HeaderCell>Bundles ordered</Table.HeaderCell>
                  <Table.HeaderCell>{`Revenue (${currency})`}</Table.HeaderCell>
                  <Table.HeaderCell>{`Discount (${currency})`}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {analytics.by_routine.map((row) => (
                  <Table.Row key={row.routine.id}>
                    <Table.Cell>
                      <Link to={`/routines/${row.routine.id}`} className="text-ui-fg-interactive hover:underline">
                        {row.routine.title}
                      </Link>
                    </Table.Cell>
                    <Table.Cell>{row.quotes}</Table.Cell>
                    <Table.Cell>{`${row.bundles_added} (${percent(row.add_rate)})`}</Table.Cell>
                    <Table.Cell>{`${row.bundles_ordered} (${row.bundles_ordered_quantity} units)`}</Table.Cell>
                    <Table.Cell>{row.bundles_ordered ? money(row.revenue) : "–"}</Table.Cell>
                    <Table.Cell>{row.bundles_ordered ? money(row.discount_given) : "–"}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          ) : (
            <Empty text="No routine was quoted, added or ordered in this period." />
          )}
        </Section>
      )}
      <Section title="What shoppers say their skin is doing (each visit's last choice)">
        {analytics.symptom_combinations.length ? (
          <Table data-testid="analytics-symptoms">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Symptoms named</Table.HeaderCell>
                <Table.HeaderCell>Finder visits</Table.HeaderCell>
                <Table.HeaderCell>Bundles added</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {analytics.symptom_combinations.map((row) => (
                <Table.Row key={row.symptoms.map((s) => s.id).join() || "none"}>
                  <Table.Cell>{row.symptoms.map((s) => s.name).join(" + ") || "None named"}</Table.Cell>
                  <Table.Cell>{row.quotes}</Table.Cell>
                  <Table.Cell>{row.bundles_added}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Empty text="No symptoms named in this period." />
        )}
      </Section>
      <Section title="Steps whose first choice could not be sold">
        {analytics.steps.length ? (
          <Table data-testid="analytics-steps">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Step</Table.HeaderCell>
                <Table.HeaderCell>Visits that met a fallback</Table.HeaderCell>
                <Table.HeaderCell>Visits with no product at all</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {analytics.steps.map((row) => (
                <Table.Row key={row.step.id}>
                  <Table.Cell>{`${row.step.title} (${row.step.routine_title})`}</Table.Cell>
                  <Table.Cell>{row.fallbacks}</Table.Cell>
                  <Table.Cell>{row.unavailable}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Empty text={analytics.totals.quotes ? "Every step got its first choice in every visit." : "No finder visit in this period."} />
        )}
      </Section>
      <Section title="Why bundles ended in carts">
        {analytics.ended_reasons.length ? (
          <ul className="flex flex-col gap-y-1">
            {analytics.ended_reasons.map((row) => (
              <li key={row.reason}>
                <Text size="small">{`${REASONS[row.reason] ?? row.reason}: ${row.count}`}</Text>
              </li>
            ))}
          </ul>
        ) : (
          <Empty text="No bundle ended in a cart." />
        )}
      </Section>
    </div>
  )
}
