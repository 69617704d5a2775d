import { ArrowPath, Calendar, PauseSolid, PlaySolid, XCircle } from "@medusajs/icons"
import { Alert, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { subscriptionActionRefusal, type SubscriptionAction } from "../../../lib/subscription-actions"
import type { RoutineSubscription } from "../../../types"
import { usePermissions } from "../../hooks/permissions"
import { useChangeRoutineSubscription } from "../../hooks/routine-subscriptions"
import { formatAmount, formatInstant } from "../../lib/format"
import { CANCEL_REASON_WORDS, FAILURE_REASON_WORDS, intervalWords } from "../../lib/subscription-words"
import { ActionMenu } from "../common/action-menu"
import { CancelDrawer } from "./cancel-drawer"
import { RenewNowResultAlert, useRenewNow } from "./renew-now"
import { ScheduleDrawer } from "./schedule-drawer"
import { SubscriptionStatusBadge } from "./subscription-status-badge"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="text-ui-fg-base txt-small" data-testid={`subscription-${label.toLowerCase().replace(/\W+/g, "-")}`}>
      {children}
    </div>
  </div>
)

const address = (a: RoutineSubscription["shipping_address"]) =>
  [[a.first_name, a.last_name].filter(Boolean).join(" "), a.company, a.address_1, a.address_2, [a.postal_code, a.city].filter(Boolean).join(" "), a.country_code?.toUpperCase()]
    .filter(Boolean)
    .join(", ")

/**
 * Who subscribes to what, on which schedule, and how it stands: the last
 * failure in words, a price notice the shopper was shown; the merchant's
 * actions, each offered only in the states it can start from.
 */
export const SubscriptionGeneralSection = ({ subscription, offered }: { subscription: RoutineSubscription; offered: number[] }) => {
  const [scheduling, setScheduling] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const change = useChangeRoutineSubscription(subscription.id)
  const renewNow = useRenewNow(subscription)
  const { denied } = usePermissions()
  const money = (amount: number) => formatAmount(amount, subscription.currency_code)
  const first = subscription.orders?.find((order) => !order.renewal_id)

  const run = (action: "pause" | "resume", done: string) =>
    change.mutate({ action }, { onSuccess: () => toast.success(done), onError: (error) => toast.error(error.message) })
  // An action the state forbids is shown disabled with why; a missing permission likewise.
  const reason = (action: SubscriptionAction) => denied("routine_subscription:update") ?? subscriptionActionRefusal(action, subscription.status) ?? undefined

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{subscription.email}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {subscription.routine?.title ?? "Deleted routine"} · {intervalWords(subscription.interval_weeks).toLowerCase()}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <span data-testid="subscription-status">
            <SubscriptionStatusBadge status={subscription.status} />
          </span>
          <ActionMenu
            label="Subscription actions"
            groups={[
              [
                { label: "Change schedule", icon: <Calendar />, onClick: () => setScheduling(true), deniedReason: reason("update") },
                { label: "Renew now", icon: <ArrowPath />, deniedReason: reason("renew"), onClick: renewNow.renew },
              ],
              [
                { label: "Pause", icon: <PauseSolid />, deniedReason: reason("pause"), onClick: () => run("pause", "Subscription paused") },
                { label: "Resume", icon: <PlaySolid />, deniedReason: reason("resume"), onClick: () => run("resume", "Subscription resumed") },
              ],
              [
                { label: "Cancel subscription", icon: <XCircle />, deniedReason: reason("cancel"), onClick: () => setCancelling(true) },
              ],
            ]}
          />
        </div>
      </div>
      {renewNow.result && (
        <div className="px-6 py-4">
          <RenewNowResultAlert result={renewNow.result} subscription={subscription} />
        </div>
      )}
      {subscription.status === "needs_action" && subscription.last_failure_reason && (
        <div className="px-6 py-4">
          <Alert variant="warning" data-testid="subscription-failure">
            <Text size="small" weight="plus">
              Renewals stopped: {FAILURE_REASON_WORDS[subscription.last_failure_reason]}
            </Text>
            {subscription.last_failure_message && <Text size="small">{subscription.last_failure_message}</Text>}
            <Text size="small">Resume or renew now once it is fixed.</Text>
          </Alert>
        </div>
      )}
      {subscription.price_notice && subscription.status !== "cancelled" && (
        <div className="px-6 py-4">
          <Alert variant="info" data-testid="subscription-price-notice">
            The next refill costs {money(subscription.price_notice.next_total)} instead of {money(subscription.price_notice.previous_total)} (
            {subscription.price_notice.change_percentage > 0 ? "+" : ""}
            {subscription.price_notice.change_percentage}%); the shopper was told on {formatInstant(subscription.price_notice.notified_at)}.
          </Alert>
        </div>
      )}
      <Row label="Customer">
        <Link className="text-ui-fg-interactive" to={`/customers/${subscription.customer_id}`}>
          {subscription.email}
        </Link>
      </Row>
      <Row label="Routine">
        {subscription.routine ? (
          <Link className="text-ui-fg-interactive" to={`/routines/${subscription.routine.id}`}>
            {subscription.routine.title}
          </Link>
        ) : (
          "Deleted routine"
        )}
      </Row>
      <Row label="Interval">{intervalWords(subscription.interval_weeks)}</Row>
      <Row label="Next renewal">
        {subscription.status === "cancelled"
          ? "None: cancelled"
          : `${formatInstant(subscription.next_renewal_at)}${subscription.status === "paused" ? " (paused: nothing renews until resumed)" : ""}`}
      </Row>
      <Row label="Last refill">{money(subscription.last_total)}</Row>
      <Row label="Started by">
        <Link className="text-ui-fg-interactive" to={`/orders/${subscription.order_id}`}>
          {first?.display_id ? `Order #${first.display_id}` : "The first order"}, {formatInstant(subscription.created_at)}
        </Link>
      </Row>
      <Row label="Ships to">{address(subscription.shipping_address) || "–"}</Row>
      <Row label="Pays with">{subscription.payment_provider_id}</Row>
      {subscription.status === "paused" && subscription.paused_at && <Row label="Paused">{formatInstant(subscription.paused_at)}</Row>}
      {subscription.cancelled_at && (
        <Row label="Cancelled">
          {formatInstant(subscription.cancelled_at)}
          {subscription.cancel_reason && ` · ${CANCEL_REASON_WORDS[subscription.cancel_reason]}`}
          {subscription.cancel_note && ` · "${subscription.cancel_note}"`}
        </Row>
      )}
      <ScheduleDrawer subscription={subscription} offered={offered} open={scheduling} onOpenChange={setScheduling} />
      <CancelDrawer subscription={subscription} open={cancelling} onOpenChange={setCancelling} />
    </Container>
  )
}
