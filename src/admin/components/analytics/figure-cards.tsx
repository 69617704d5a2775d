import { Text } from "@medusajs/ui"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"
import { percent } from "../../lib/period"

const Card = ({ label, value, hint }: { label: string; value: string; hint?: string }) => (
  <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3" data-testid="analytics-figure">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" leading="compact">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** The period's headline figures: funnel, money, and what orders with a routine are worth. */
export const FigureCards = ({ analytics, withOrders = true }: { analytics: RoutineAnalyticsResponse; withOrders?: boolean }) => {
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  const { totals, orders } = analytics
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
      <Card label="Quotes" value={String(totals.quotes)} />
      <Card label="Bundles added" value={String(totals.bundles_added)} hint={`${percent(totals.add_rate)} of quotes`} />
      <Card label="Bundles ordered" value={String(totals.bundles_ordered)} hint={`${percent(totals.order_rate)} of bundles added`} />
      <Card label="Ended in carts" value={String(totals.bundles_ended)} />
      <Card label="Bundle revenue" value={money(totals.revenue)} />
      <Card
        label="Discount given"
        value={money(totals.discount_given)}
        hint={totals.revenue ? `${percent(totals.discount_given / (totals.revenue + totals.discount_given))} of regular prices` : undefined}
      />
      {withOrders && (
        <>
          <Card
            label="Average order with a routine"
            value={money(orders.with_routine.average_total)}
            hint={`${orders.with_routine.count} orders`}
          />
          <Card
            label="Average order without"
            value={money(orders.without_routine.average_total)}
            hint={`${orders.without_routine.count} orders`}
          />
        </>
      )}
    </div>
  )
}
