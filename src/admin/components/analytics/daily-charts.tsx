import { Heading, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { RoutineAnalyticsResponse } from "../../../types"
import { formatAmount } from "../../lib/format"

// The dashboard's own palette (blue, violet, green, orange).
const COLORS = { quotes: "#3B82F6", added: "#8B5CF6", ordered: "#10B981", discount: "#F59E0B" }

type Day = RoutineAnalyticsResponse["by_day"][number]
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Every day of the period, zeros where nothing happened: the API lists only
 * days with facts, and a chart that skipped the quiet ones would draw a slope
 * between days that are a week apart.
 */
const everyDay = ({ by_day, from, to }: RoutineAnalyticsResponse): Day[] => {
  const known = new Map(by_day.map((day) => [day.date, day]))
  const days: Day[] = []
  for (let t = Date.parse(from.slice(0, 10)); t < Date.parse(to); t += DAY_MS) {
    const date = new Date(t).toISOString().slice(0, 10)
    days.push(known.get(date) ?? { date, quotes: 0, bundles_added: 0, bundles_ordered: 0, revenue: 0, discount_given: 0 })
  }
  return days
}

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
  const days = everyDay(analytics)
  return (
    <div className="grid grid-cols-1 gap-6 px-6 py-4 xl:grid-cols-2">
      <figure className="flex flex-col gap-y-2" aria-label="Quotes and bundles by day" data-testid="analytics-funnel-chart">
        <Heading level="h3">Quotes and bundles</Heading>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={days} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#E4E4E7" />
            <XAxis dataKey="date" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} width={32} />
            <Tooltip />
            <Legend />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="quotes" name="Quotes" stroke={COLORS.quotes} strokeWidth={2} />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="bundles_added" name="Bundles added" stroke={COLORS.added} strokeWidth={2} />
            <Line type="linear" isAnimationActive={false} dot={false} dataKey="bundles_ordered" name="Bundles ordered" stroke={COLORS.ordered} strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      </figure>
      <figure className="flex flex-col gap-y-2" aria-label="Revenue and discount by day" data-testid="analytics-money-chart">
        <Heading level="h3">What bundles earned, and what their discount cost</Heading>
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
