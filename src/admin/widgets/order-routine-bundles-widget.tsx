import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Container, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/common/query-states"
import { SectionHeader } from "../components/common/section-header"
import { useOrderRoutineBundles } from "../hooks/order-bundles"
import { formatAmount } from "../lib/format"
import type { RoutineBundle } from "../lib/types"

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

const BundleCard = ({ bundle }: { bundle: RoutineBundle }) => {
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
          <li key={`${item.step_handle}-${item.variant_id}`} className="flex flex-col">
            <Text size="xsmall" className="text-ui-fg-muted">
              {item.step_title}
            </Text>
            <div className="flex items-center justify-between gap-x-2">
              <Text size="small">
                {item.quantity > 1 ? `${item.quantity} × ` : ""}
                {item.product_title}
              </Text>
              <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
                <span className="line-through">{money(item.unit_price)}</span>{" "}
                {money(item.discounted_unit_price)}
              </Text>
            </div>
          </li>
        ))}
      </ul>
      <div className="border-ui-border-base flex flex-col gap-y-1 border-t border-dashed pt-3">
        <Line label="Regular price" value={money(bundle.subtotal)} />
        <Line label="Routine discount" value={`-${money(bundle.discount_total)}`} />
        <Line label="Paid" value={money(bundle.total)} strong />
      </div>
    </div>
  )
}

/**
 * Renders nothing for an order without routine bundles, and nothing while
 * loading, so ordinary orders get no flash of an empty box.
 */
const OrderRoutineBundlesWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { data, isError, error, refetch } = useOrderRoutineBundles(order.id)

  if (isError) {
    return (
      <Container className="p-0">
        <SectionHeader title="Routine bundles" />
        <ErrorState error={error} onRetry={refetch} />
      </Container>
    )
  }
  if (!data?.routine_bundles.length) {
    return null
  }
  return (
    <Container className="divide-y p-0" data-testid="order-routine-bundles-widget">
      <SectionHeader title="Routine bundles" />
      {data.routine_bundles.map((bundle) => (
        <BundleCard key={bundle.id} bundle={bundle} />
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderRoutineBundlesWidget
