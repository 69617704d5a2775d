import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BundleEndReason, RoutineAnalyticsFigures, RoutineAnalyticsResponse } from "../../../types"

export type AnalyticsPeriod = { from: Date; to: Date; currency_code: string; routine_id?: string }

type Knex = {
  raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

const number = (value: unknown) => Number(value ?? 0)
const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10000) / 10000 : 0)

// Every figure reads live facts of the period; money only in the asked currency.
const WHERE = `e.deleted_at IS NULL AND e.occurred_at >= ? AND e.occurred_at < ? AND e.currency_code = ?
  AND (?::text IS NULL OR e.routine_id = ?::text)`

const FIGURES = `
  count(*) FILTER (WHERE e.type = 'quoted')::int AS quotes,
  count(*) FILTER (WHERE e.type = 'added')::int AS bundles_added,
  count(*) FILTER (WHERE e.type = 'ended')::int AS bundles_ended,
  coalesce(sum(e.quantity) FILTER (WHERE e.type = 'ordered'), 0)::int AS bundles_ordered,
  coalesce(sum(e.total) FILTER (WHERE e.type = 'ordered'), 0) AS revenue,
  coalesce(sum(e.discount_total) FILTER (WHERE e.type = 'ordered'), 0) AS discount_given`

const figures = (row: Record<string, unknown> = {}): RoutineAnalyticsFigures => {
  const quotes = number(row.quotes)
  const added = number(row.bundles_added)
  const ordered = number(row.bundles_ordered)
  return {
    quotes,
    bundles_added: added,
    bundles_ended: number(row.bundles_ended),
    bundles_ordered: ordered,
    revenue: number(row.revenue),
    discount_given: number(row.discount_given),
    add_rate: ratio(added, quotes),
    order_rate: ratio(ordered, added),
  }
}

/**
 * The routine analytics of a period, computed in PostgreSQL from the facts
 * the subscribers recorded (all values bound, never interpolated).
 */
export const routineAnalytics = async (
  container: MedusaContainer,
  period: AnalyticsPeriod
): Promise<RoutineAnalyticsResponse> => {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const routine = period.routine_id ?? null
  const scope = [period.from, period.to, period.currency_code, routine, routine]
  const [totals, orders, days, routines, combinations, steps, reasons] = await Promise.all([
    knex.raw(`SELECT ${FIGURES} FROM routine_analytics_event e WHERE ${WHERE}`, scope),
    knex.raw(
      `SELECT (e.quantity > 0) AS with_routine, count(*)::int AS count, coalesce(avg(e.total), 0) AS average_total
       FROM routine_analytics_event e
       WHERE e.deleted_at IS NULL AND e.type = 'order' AND e.occurred_at >= ? AND e.occurred_at < ? AND e.currency_code = ?
       GROUP BY 1`,
      [period.from, period.to, period.currency_code]
    ),
    knex.raw(
      `SELECT to_char(date_trunc('day', e.occurred_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS date, ${FIGURES}
       FROM routine_analytics_event e WHERE ${WHERE} GROUP BY 1 ORDER BY 1`,
      scope
    ),
    knex.raw(
      `SELECT r.id, r.title, r.handle, ${FIGURES}
       FROM routine_analytics_event e JOIN routine r ON r.id = e.routine_id
       WHERE ${WHERE} GROUP BY r.id, r.title, r.handle ORDER BY count(*) FILTER (WHERE e.type = 'quoted') DESC, r.title`,
      scope
    ),
    knex.raw(
      `SELECT e.symptom_ids,
         count(*) FILTER (WHERE e.type = 'quoted')::int AS quotes,
         count(*) FILTER (WHERE e.type = 'added')::int AS bundles_added,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
           FROM symptom s WHERE s.id = ANY(e.symptom_ids)), '[]'::json) AS symptoms
       FROM routine_analytics_event e
       WHERE ${WHERE} AND e.type IN ('quoted', 'added')
       GROUP BY e.symptom_ids ORDER BY 2 DESC, 3 DESC LIMIT 20`,
      scope
    ),
    knex.raw(
      `SELECT c.id, c.title, r.title AS routine_title,
         count(*) FILTER (WHERE f.kind = 'fallback')::int AS fallbacks,
         count(*) FILTER (WHERE f.kind = 'unavailable')::int AS unavailable
       FROM (
         SELECT unnest(e.fallback_step_ids) AS step_id, 'fallback' AS kind FROM routine_analytics_event e
           WHERE ${WHERE} AND e.type IN ('quoted', 'added')
         UNION ALL
         SELECT unnest(e.unavailable_step_ids), 'unavailable' FROM routine_analytics_event e
           WHERE ${WHERE} AND e.type IN ('quoted', 'added')
       ) f
       JOIN care_step c ON c.id = f.step_id JOIN routine r ON r.id = c.routine_id
       GROUP BY c.id, c.title, r.title ORDER BY count(*) DESC, c.title LIMIT 20`,
      [...scope, ...scope]
    ),
    knex.raw(
      `SELECT e.reason, count(*)::int AS count FROM routine_analytics_event e
       WHERE ${WHERE} AND e.type = 'ended' GROUP BY e.reason ORDER BY 2 DESC`,
      scope
    ),
  ])
  const orderRow = (withRoutine: boolean) => {
    const row = orders.rows.find((r) => r.with_routine === withRoutine)
    return { count: number(row?.count), average_total: Math.round(number(row?.average_total) * 100) / 100 }
  }
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    currency_code: period.currency_code,
    routine_id: routine,
    totals: figures(totals.rows[0]),
    orders: { with_routine: orderRow(true), without_routine: orderRow(false) },
    by_day: days.rows.map((row) => {
      const { quotes, bundles_added, bundles_ordered, revenue, discount_given } = figures(row)
      return { date: String(row.date), quotes, bundles_added, bundles_ordered, revenue, discount_given }
    }),
    by_routine: routines.rows.map((row) => ({
      routine: { id: String(row.id), title: String(row.title), handle: String(row.handle) },
      ...figures(row),
    })),
    symptom_combinations: combinations.rows.map((row) => ({
      symptoms: row.symptoms as { id: string; name: string }[],
      quotes: number(row.quotes),
      bundles_added: number(row.bundles_added),
    })),
    steps: steps.rows.map((row) => ({
      step: { id: String(row.id), title: String(row.title), routine_title: String(row.routine_title) },
      fallbacks: number(row.fallbacks),
      unavailable: number(row.unavailable),
    })),
    ended_reasons: reasons.rows.map((row) => ({ reason: row.reason as BundleEndReason, count: number(row.count) })),
  }
}

/** The daily figures as CSV, for a spreadsheet. */
export const analyticsCsv = (analytics: RoutineAnalyticsResponse) =>
  [
    ["date", "quotes", "bundles_added", "bundles_ordered", `revenue_${analytics.currency_code}`, `discount_given_${analytics.currency_code}`].join(","),
    ...analytics.by_day.map((d) =>
      [d.date, d.quotes, d.bundles_added, d.bundles_ordered, d.revenue.toFixed(2), d.discount_given.toFixed(2)].join(",")
    ),
  ].join("\n") + "\n"
