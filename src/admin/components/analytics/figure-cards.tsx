import { Text } from "@medusajs/ui"
import type { RoutineAnalyticsFigures, RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"
import { percent } from "../../lib/period"

/** One figure: what it counts, its value, and optionally how to read it and the period before. */
export const FigureCard = ({
  label,
  value,
  hint,
  before,
  testId = "analytics-figure",
}: {
  label: string
  value: string
  hint?: string
  before?: string
  testId?: string
}) => (
  <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg px-4 py-3" data-testid={testId}>
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
    {before && (
      <Text size="xsmall" className="text-ui-fg-muted" data-testid="analytics-figure-previous">
        {before}
      </Text>
    )}
  </div>
)

const units = (count: number) => `${count} ${count === 1 ? "unit" : "units"}`

/**
 * The period's headline figures, each with what it counts and the period
 * before it. Every funnel stage counts bundles (a finder visit quotes one);
 * units stand beside. Money names its currency; a figure with nothing behind
 * it says so in words rather than showing 0.00 as a result.
 */
export const FigureCards = ({ analytics, withOrders = true }: { analytics: RoutineAnalyticsResponse; withOrders?: boolean }) => {
  const currency = analytics.currency_code.toUpperCase()
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  const { totals, orders, previous } = analytics
  const days = Math.round((Date.parse(analytics.to) - Date.parse(analytics.from)) / (24 * 60 * 60 * 1000))
  const before = (value: string) => `Previous ${days} ${days === 1 ? "day" : "days"}: ${value}`
  const count = (key: keyof RoutineAnalyticsFigures) => before(String(previous.totals[key]))
  const sold = (figures: RoutineAnalyticsFigures, amount: number) => (figures.bundles_ordered ? money(amount) : "No bundle ordered")
  const average = (group: { count: number; average_total: number }) => (group.count ? money(group.average_total) : "No orders")
  const orderHint = (group: { count: number }) => (group.count ? `${group.count} ${group.count === 1 ? "order" : "orders"}` : undefined)
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" data-testid="analytics-figures">
      <FigureCard
        label="Finder visits with a quote"
        value={String(totals.quotes)}
        hint={`${totals.quote_requests} quotes asked (each tick re-quotes)`}
        before={count("quotes")}
      />
      <FigureCard
        label="Bundles added"
        value={String(totals.bundles_added)}
        hint={`${units(totals.bundles_added_quantity)} · ${percent(totals.add_rate)} of visits`}
        before={count("bundles_added")}
      />
      <FigureCard
        label="Bundles ordered"
        value={String(totals.bundles_ordered)}
        hint={`${units(totals.bundles_ordered_quantity)} · ${percent(totals.order_rate)} of bundles added`}
        before={count("bundles_ordered")}
      />
      <FigureCard label="Bundles ended in carts" value={String(totals.bundles_ended)} before={count("bundles_ended")} />
      <FigureCard
        label={`Bundle revenue (${currency}, bundles only)`}
        value={sold(totals, totals.revenue)}
        before={before(sold(previous.totals, previous.totals.revenue))}
      />
      <FigureCard
        label={`Discount given (${currency})`}
        value={sold(totals, totals.discount_given)}
        hint={totals.bundles_ordered ? `${percent(totals.discount_given / (totals.revenue + totals.discount_given))} of regular prices` : undefined}
        before={before(sold(previous.totals, previous.totals.discount_given))}
      />
      {withOrders && (
        <>
          <FigureCard
            label={`Average order ${analytics.routine_id ? "with this routine" : "with a routine"} (${currency}, shipping and tax included)`}
            value={average(orders.with_routine)}
            hint={orderHint(orders.with_routine)}
            before={before(average(previous.orders.with_routine))}
          />
          <FigureCard
            label={`Average order without a routine (${currency}, shipping and tax included)`}
            value={average(orders.without_routine)}
            hint={orderHint(orders.without_routine)}
            before={before(average(previous.orders.without_routine))}
          />
        </>
      )}
    </div>
  )
}
