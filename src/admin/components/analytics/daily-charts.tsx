import { Heading, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"

// The dashboard's own palette (blue, violet, green, orange).
const COLORS = { quotes: "#3B82F6", added: "#8B5CF6", ordered: "#10B981", discount: "#F59E0B" }

/** Quotes, bundles and money day by day. */
export const DailyCharts = ({ analytics }: { analytics: RoutineAnalyticsResponse }) => {
  if (!analytics.by_day.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Nothing happened in this period yet.
      </Text>
    )
  }
  const money = (amount: number) => formatAmount(amount, analytics.currency_code)
  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 xl:grid-cols-2">
      <figure className="flex flex-col gap-y-2" aria-label="Quotes and bundles by day" data-testid="analytics-funnel-chart">
        <Heading level="h3">Quotes and bundles</Heading>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={analytics.by_day} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} width={32} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="quotes" name="Quotes" stroke={COLORS.quotes} strokeWidth={2} />
            <Line type="monotone" dataKey="bundles_added" name="Bundles added" stroke={COLORS.added} strokeWidth={2} />
            <Line type="monotone" dataKey="bundles_ordered" name="Bundles ordered" stroke={COLORS.ordered} strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="flex flex-col gap-y-2" aria-label="Revenue and discount by day" data-testid="analytics-money-chart">
        <Heading level="h3">What bundles earned, and what their discount cost</Heading>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={analytics.by_day} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis fontSize={12} width={56} />
            <Tooltip formatter={(value) => money(Number(value))} />
            <Legend />
            <Bar dataKey="revenue" name="Bundle revenue" fill={COLORS.ordered} />
            <Bar dataKey="discount_given" name="Discount given" fill={COLORS.discount} />
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  )
}
