import { Container, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminSymptom, RoutineSubscription } from "../../../types"
import { formatAmount, formatInstant } from "../../lib/format"
import { FAILURE_REASON_WORDS } from "../../lib/subscription-words"
import { EmptyState } from "../common/query-states"
import { SectionHeader } from "../common/section-header"
import { RenewalStatusBadge } from "./subscription-status-badge"

const OrderLink = ({ id, label }: { id: string; label: string }) => (
  <Link className="text-ui-fg-interactive" to={`/orders/${id}`}>
    {label}
  </Link>
)

/** Each renewal date, newest first: what happened, how often it was tried, the order it placed or why it failed. */
export const SubscriptionRenewalsSection = ({ subscription }: { subscription: RoutineSubscription }) => {
  const renewals = subscription.renewals ?? []
  const orders = new Map((subscription.orders ?? []).map((order) => [order.id, order]))
  return (
    <Container className="divide-y p-0" data-testid="subscription-renewals">
      <SectionHeader title="Renewals" subtitle="Each renewal date, newest first, with the order it placed." />
      {renewals.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Due</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Attempts</Table.HeaderCell>
              <Table.HeaderCell>Total</Table.HeaderCell>
              <Table.HeaderCell>Order or reason</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {renewals.map((renewal) => (
              <Table.Row key={renewal.id}>
                <Table.Cell>{formatInstant(renewal.due_at)}</Table.Cell>
                <Table.Cell>
                  <RenewalStatusBadge status={renewal.status} />
                </Table.Cell>
                <Table.Cell>{renewal.attempts}</Table.Cell>
                <Table.Cell>{renewal.total === null ? "–" : formatAmount(renewal.total, subscription.currency_code)}</Table.Cell>
                <Table.Cell className="whitespace-normal py-2">
                  {renewal.order_id ? (
                    <OrderLink id={renewal.order_id} label={`Order #${orders.get(renewal.order_id)?.display_id ?? renewal.order_id}`} />
                  ) : renewal.failure_reason ? (
                    <Text size="small">
                      {FAILURE_REASON_WORDS[renewal.failure_reason]}
                      {renewal.failure_message && ` ${renewal.failure_message}`}
                      {renewal.retry_at && renewal.status === "pending" && ` Retried ${formatInstant(renewal.retry_at)}.`}
                    </Text>
                  ) : (
                    "–"
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <EmptyState title="No renewal yet" description={`The first is due ${formatInstant(subscription.next_renewal_at)}.`} />
      )}
      {!!subscription.orders?.length && (
        <div className="flex flex-wrap gap-x-4 gap-y-1 px-6 py-4" data-testid="subscription-orders">
          <Text size="small" weight="plus">
            Orders:
          </Text>
          {subscription.orders.map((order) => (
            <Text size="small" key={order.id}>
              <OrderLink id={order.id} label={`#${order.display_id ?? order.id}`} /> {formatAmount(order.total, order.currency_code)}
              {order.renewal_id ? "" : " (first order)"}
            </Text>
          ))}
        </div>
      )}
    </Container>
  )
}

/** The shopper's skin check-ins, newest first: the warning signs they dropped and added. */
export const SubscriptionCheckinsSection = ({ subscription, symptoms }: { subscription: RoutineSubscription; symptoms: AdminSymptom[] }) => {
  const name = (id: string) => symptoms.find((s) => s.id === id || s.handle === id)?.name ?? id
  const checkins = subscription.checkins ?? []
  return (
    <Container className="divide-y p-0" data-testid="subscription-checkins">
      <SectionHeader title="Skin check-ins" subtitle="Before each renewal the shopper may tick their warning signs again; the refill follows." />
      {checkins.length ? (
        checkins.map((checkin) => {
          const dropped = checkin.symptom_ids_before.filter((id) => !checkin.symptom_ids_after.includes(id))
          const added = checkin.symptom_ids_after.filter((id) => !checkin.symptom_ids_before.includes(id))
          return (
            <div key={checkin.id} className="grid grid-cols-2 gap-x-4 px-6 py-3">
              <Text size="small" weight="plus">
                {formatInstant(checkin.answered_at)}
              </Text>
              <Text size="small">
                {!dropped.length && !added.length && "No change"}
                {!!dropped.length && `Gone: ${dropped.map(name).join(", ")}`}
                {!!dropped.length && !!added.length && " · "}
                {!!added.length && `New: ${added.map(name).join(", ")}`}
              </Text>
            </div>
          )
        })
      ) : (
        <EmptyState title="No check-in answered yet" />
      )}
    </Container>
  )
}
