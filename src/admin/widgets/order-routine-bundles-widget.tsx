import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/common/query-states"
import { SectionHeader } from "../components/common/section-header"
import { OrderSubscriptions } from "../components/routine-subscriptions/order-subscriptions"
import { useOrderRoutineBundles } from "../hooks/order-bundles"
import { usePermissions } from "../hooks/permissions"
import { formatAmount } from "../lib/format"
import type { AdminOrderRoutineBundlesResponse, OrderRoutineBundle } from "../../types"

const Line = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <div className="flex items-center justify-between">
    <Text size="small" weight={strong ? "plus" : "regular"} className={strong ? "" : "text-ui-fg-subtle"}>
      {label}
    </Text>
    <Text size="small" weight={strong ? "plus" : "regular"} className={strong ? "" : "text-ui-fg-subtle"}>
      {value}
    </Text>
  </div>
)

const BundleCard = ({ bundle }: { bundle: OrderRoutineBundle }) => {
  const money = (amount: number) => formatAmount(amount, bundle.currency_code)
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="order-routine-bundle">
      <div className="flex items-center justify-between">
        <Link to={`/routines/${bundle.routine.id}`} className="txt-small-plus hover:underline">
          {bundle.routine.title}
        </Link>
        {bundle.quantity > 1 && <Badge size="2xsmall">×{bundle.quantity}</Badge>}
      </div>
      <ul className="flex flex-col gap-y-2">
        {bundle.items.map((item) => (
          <li key={item.id} className="flex flex-col" data-testid="order-routine-bundle-item">
            <Text size="xsmall" className="text-ui-fg-muted">
              {item.step.title}
            </Text>
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small">
                {item.quantity > 1 ? `${item.quantity} × ` : ""}
                {item.product.title}
              </Text>
              <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
                <span className="line-through">{money(item.unit_price)}</span>{" "}
                {money(item.discounted_unit_price)}
              </Text>
            </div>
            {item.order_quantity < item.quantity && (
              <Text size="xsmall" className="text-ui-fg-subtle" data-testid="order-routine-bundle-item-removed">
                {item.quantity - item.order_quantity} removed by an order edit
              </Text>
            )}
            {(item.return_requested_quantity > 0 || item.return_received_quantity > 0) && (
              <Text size="xsmall" className="text-ui-fg-subtle">
                {item.return_received_quantity > 0
                  ? `${item.return_received_quantity} returned: ${money(item.refund_amount)} back at the bundle price`
                  : `${item.return_requested_quantity} return requested`}
              </Text>
            )}
            {item.written_off_quantity > 0 && (
              <Text size="xsmall" className="text-ui-fg-subtle" data-testid="order-routine-bundle-item-written-off">
                {item.written_off_quantity} written off by a claim or as damaged
              </Text>
            )}
          </li>
        ))}
      </ul>
      <div className="border-ui-border-base flex flex-col gap-y-1 border-t border-dashed pt-3">
        <Line label="Regular price" value={money(bundle.subtotal)} />
        <Line label="Routine discount" value={`-${money(bundle.discount_total)}`} />
        <Line label="Bundle price" value={money(bundle.total)} strong />
        {bundle.kept_total !== bundle.total && <Line label="Kept by the shopper" value={money(bundle.kept_total)} />}
        {bundle.reprice_amount > 0 && (
          <Line label="Re-priced for the steps kept (off the refund)" value={money(bundle.reprice_amount)} />
        )}
      </div>
    </div>
  )
}

/**
 * The order's payment as Medusa records it: a bundle price is what the
 * shopper owes, paid only once the payment is captured.
 */
const PAYMENT_STATUS: Record<AdminOrder["payment_status"], string> = {
  not_paid: "Not paid",
  awaiting: "Awaiting payment",
  requires_action: "Payment requires action",
  authorized: "Authorized, not captured yet",
  partially_authorized: "Partially authorized",
  captured: "Captured",
  partially_captured: "Partially captured",
  partially_refunded: "Captured, partially refunded",
  refunded: "Refunded",
  canceled: "Payment canceled",
}

const PaymentStatus = ({ status }: { status: AdminOrder["payment_status"] }) => (
  <div className="flex items-center justify-between px-6 py-3" data-testid="order-routine-payment-status">
    <Text size="small" className="text-ui-fg-subtle">
      Order payment
    </Text>
    <Badge size="2xsmall" color={status === "captured" ? "green" : status === "authorized" ? "orange" : "grey"}>
      {PAYMENT_STATUS[status] ?? status}
    </Badge>
  </div>
)

const POLICY_TEXT: Record<AdminOrderRoutineBundlesResponse["partial_return_policy"], string> = {
  keep_discount: "A returned item is refunded at its bundle price; what the shopper keeps keeps its discount.",
  reprice_kept:
    "What the shopper keeps is re-priced for the steps kept (no discount below the routine's fewest steps); the difference comes off the refund as a credit line.",
}

/** How this store refunds part of a bundle, and a re-pricing the refund could not carry. */
const ReturnPolicy = ({ data }: { data: AdminOrderRoutineBundlesResponse }) => {
  const currency = data.routine_bundles[0]?.currency_code
  return (
    <div className="flex flex-col gap-y-1 px-6 py-4" data-testid="order-routine-return-policy">
      <Text size="xsmall" className="text-ui-fg-subtle">
        Partial returns: {POLICY_TEXT[data.partial_return_policy]}
      </Text>
      {currency && data.reprice_uncredited > 0 && (
        <Text size="xsmall" className="text-ui-fg-error">
          {formatAmount(data.reprice_uncredited, currency)} of the re-pricing could not come off a refund Medusa owes: the refund
          was paid before the return was received, or a claim wrote items off (Medusa leaves a claim's refund to you). Take it off
          that refund.
        </Text>
      )}
    </div>
  )
}

/** An order placed in breach of the bundle rules (the completion check was off or bypassed). */
const Flags = ({ flags }: { flags: AdminOrderRoutineBundlesResponse["flags"] }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" role="alert" data-testid="order-routine-flags">
    <Badge color="red" size="2xsmall" className="self-start">
      Bundle rules broken
    </Badge>
    <Text size="small">This order was placed with a cart whose bundles did not match their records:</Text>
    <ul className="list-disc pl-5">
      {flags.flatMap((flag) => flag.problems).map((problem) => (
        <li key={problem}>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {problem}
          </Text>
        </li>
      ))}
    </ul>
  </div>
)

/**
 * Renders nothing for an order without routine bundles or flags, and
 * nothing while loading, so ordinary orders get no flash of an empty box;
 * nothing either for a user who may not read them (routine_bundle:read):
 * the order is core's, the widget an extra.
 */
const OrderRoutineBundlesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { can } = usePermissions()
  const allowed = can("routine_bundle:read")
  const { data, isError, error, refetch } = useOrderRoutineBundles(order.id, { enabled: allowed })

  if (!allowed) {
    return null
  }

  if (isError) {
    return (
      <Container className="p-0">
        <SectionHeader title="Routine bundles" />
        <ErrorState error={error} onRetry={refetch} />
      </Container>
    )
  }
  if (!data?.routine_bundles.length && !data?.flags.length) {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="order-routine-bundles-widget">
      <SectionHeader title="Routine bundles" />
      {data.routine_bundles.length > 0 && <PaymentStatus status={order.payment_status} />}
      {data.routine_bundles.length > 0 && <OrderSubscriptions orderId={order.id} />}
      {data.flags.length > 0 && <Flags flags={data.flags} />}
      {data.routine_bundles.map((bundle) => (
        <BundleCard key={bundle.id} bundle={bundle} />
      ))}
      {data.routine_bundles.length > 0 && <ReturnPolicy data={data} />}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderRoutineBundlesWidget
