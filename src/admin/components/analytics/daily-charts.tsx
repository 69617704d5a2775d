import { Heading, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"

// The dashboard's own palette (blue, violet, green, orange).
const COLORS = { quotes: "#3B82F6", added: "#8B5CF6", ordered: "#10B981", discount: "#F59E0B" }

/**
 * Visits, bundles and money day by day: the API lists every day of the
 * period, zeros on quiet ones, so the lines never slope across a gap.
 */
export const DailyCharts = ({ analytics }: { analytics: RoutineAnalyticsResponse }) => {
  if (!analytics.by_day.some((day) => day.quote_requests || day.bundles_added || day.bundles_ordered)) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Nothing happened in this period yet.
      </Text>
    )
  }
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  const days = analytics.by_day
  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 xl:grid-cols-2">
      <figure className="flex flex-col gap-y-2" aria-label="Finder visits and bundles by day" data-testid="analytics-funnel-chart">
        <Heading level="h3">Finder visits and bundles</Heading>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} width={32} />
            <Tooltip />
            <Legend />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="quotes" name="Finder visits" stroke={COLORS.quotes} strokeWidth={2} />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="bundles_added" name="Bundles added" stroke={COLORS.added} strokeWidth={2} />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="bundles_ordered" name="Bundles ordered" stroke={COLORS.ordered} strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="flex flex-col gap-y-2" aria-label="Revenue and discount by day" data-testid="analytics-money-chart">
        <Heading level="h3">{`What bundles earned, and what their discount cost (${analytics.currency_code.toUpperCase()})`}</Heading>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis fontSize={12} width={56} />
            <Tooltip formatter={(value) => money(Number(value))} />
            <Legend />
            <Bar isAnimationActive={false} dataKey="revenue" name="Bundle revenue" fill={COLORS.ordered} />
            <Bar isAnimationActive={false} dataKey="discount_given" name="Discount given" fill={COLORS.discount} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  )
}
