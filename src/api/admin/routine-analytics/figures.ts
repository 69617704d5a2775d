import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { BundleEndReason, RoutineAnalyticsFigures, RoutineAnalyticsOrders, RoutineAnalyticsResponse } from "../../../types"
import { precisionOf } from "../../../workflows/utils/bundle-context"
import { bindings, number, ratio, type Bind, type Knex } from "./sql"
import { subscriptionFigures } from "./subscription-figures"

export type AnalyticsPeriod = { from: Date; to: Date; currency_code: string; routine_id?: string }


/**
 * A shopper's finder visit: their quotes of one routine (in one currency)
 * with no more than this between one and the next, the way web analytics
 * cut sessions. Every tick of the finder re-quotes; the visit counts once.
 */
const VISIT_GAP = "30 minutes"

/**
 * The facts of a period as one table `facts` (type, routine_id, occurred_at,
 * quantity, total, discount_total, symptom_ids, reason), with `visit_quotes`
 * beside it for the steps. A visit is counted on the moment it started, with
 * the symptoms of its last quote. Who a visit belongs to: the token the
 * storefront sent, else the cart, else the logged-in customer, else the
 * quote alone (a quote that names no one cannot be told from another
 * shopper's). Quotes from just before the period are read so that a visit
 * begun before it is not counted again in it.
 */
const FACTS = (bind: Bind, period: AnalyticsPeriod) => {
  // Each placeholder takes its own value: these bind anew wherever they are written.
  const scope = () => `e.deleted_at IS NULL AND e.currency_code = ${bind(period.currency_code)}
    AND (${bind(period.routine_id ?? null)}::text IS NULL OR e.routine_id = ${bind(period.routine_id ?? null)}::text)`
  const from = () => `${bind(period.from)}::timestamptz`
  const to = () => `${bind(period.to)}::timestamptz`
  return `WITH quotes AS (
      SELECT e.id, e.routine_id, e.occurred_at, e.symptom_ids, e.fallback_step_ids, e.unavailable_step_ids,
        coalesce(e.visit_id, e.cart_id, e.customer_id, e.id) AS visitor
      FROM routine_analytics_event e
      WHERE ${scope()} AND e.type = 'quoted'
        AND e.occurred_at >= ${from()} - interval '${VISIT_GAP}' AND e.occurred_at < ${to()}
    ), marked AS (
      SELECT q.*, (lag(q.occurred_at) OVER w IS NULL OR q.occurred_at - lag(q.occurred_at) OVER w > interval '${VISIT_GAP}')::int AS starts
      FROM quotes q WINDOW w AS (PARTITION BY q.routine_id, q.visitor ORDER BY q.occurred_at, q.id)
    ), numbered AS (
      SELECT m.*, sum(m.starts) OVER (PARTITION BY m.routine_id, m.visitor ORDER BY m.occurred_at, m.id) AS visit FROM marked m
    ), visit_quotes AS (
      SELECT n.*, min(n.occurred_at) OVER v AS started_at,
        first_value(n.symptom_ids) OVER (v ORDER BY n.occurred_at DESC, n.id DESC) AS last_symptom_ids
      FROM numbered n WINDOW v AS (PARTITION BY n.routine_id, n.visitor, n.visit)
    ), facts AS (
      (SELECT DISTINCT ON (routine_id, visitor, visit) 'visit'::text AS type, routine_id, started_at AS occurred_at,
        NULL::int AS quantity, NULL::numeric AS total, NULL::numeric AS discount_total, last_symptom_ids AS symptom_ids, NULL::text AS reason
      FROM visit_quotes WHERE started_at >= ${from()})
      UNION ALL
      SELECT 'quoted', routine_id, occurred_at, NULL, NULL, NULL, symptom_ids, NULL FROM quotes WHERE occurred_at >= ${from()}
      UNION ALL
      SELECT e.type, e.routine_id, e.occurred_at, e.quantity, e.total, e.discount_total, e.symptom_ids, e.reason
      FROM routine_analytics_event e
      WHERE ${scope()} AND e.type IN ('added', 'ended', 'ordered') AND e.occurred_at >= ${from()} AND e.occurred_at < ${to()}
    )`
}

const FIGURES = `
  count(*) FILTER (WHERE f.type = 'visit')::int AS quotes,
  count(*) FILTER (WHERE f.type = 'quoted')::int AS quote_requests,
  count(*) FILTER (WHERE f.type = 'added')::int AS bundles_added,
  coalesce(sum(f.quantity) FILTER (WHERE f.type = 'added'), 0)::int AS bundles_added_quantity,
  count(*) FILTER (WHERE f.type = 'ended')::int AS bundles_ended,
  count(*) FILTER (WHERE f.type = 'ordered')::int AS bundles_ordered,
  coalesce(sum(f.quantity) FILTER (WHERE f.type = 'ordered'), 0)::int AS bundles_ordered_quantity,
  coalesce(sum(f.total) FILTER (WHERE f.type = 'ordered'), 0) AS revenue,
  coalesce(sum(f.discount_total) FILTER (WHERE f.type = 'ordered'), 0) AS discount_given`

const figures = (row: Record<string, unknown> = {}): RoutineAnalyticsFigures => {
  const quotes = number(row.quotes)
  const added = number(row.bundles_added)
  const ordered = number(row.bundles_ordered)
  return {
    quotes,
    quote_requests: number(row.quote_requests),
    bundles_added: added,
    bundles_added_quantity: number(row.bundles_added_quantity),
    bundles_ended: number(row.bundles_ended),
    bundles_ordered: ordered,
    bundles_ordered_quantity: number(row.bundles_ordered_quantity),
    revenue: number(row.revenue),
    discount_given: number(row.discount_given),
    add_rate: ratio(added, quotes),
    order_rate: ratio(ordered, added),
  }
}

/** Reads with the period's facts: `query(bind)` is the statement after the WITH. */
const withFacts = (knex: Knex, period: AnalyticsPeriod, query: (bind: Bind) => string) => {
  const { values, bind } = bindings()
  const facts = FACTS(bind, period)
  return knex.raw(`${facts} ${query(bind)}`, values)
}

/**
 * Orders placed in the period, with a routine bundle (of the routine, when
 * one is asked) and without any; the average of their totals rounded to the
 * currency's digits in PostgreSQL's exact numeric.
 */
const orderFigures = async (knex: Knex, period: AnalyticsPeriod, precision: number): Promise<RoutineAnalyticsOrders> => {
  const { values, bind } = bindings()
  const routine = period.routine_id ?? null
  const { rows } = await knex.raw(
    `SELECT (e.quantity > 0) AS with_routine, count(*)::int AS count, coalesce(round(avg(e.total), ${bind(precision)}), 0) AS average_total
     FROM routine_analytics_event e
     WHERE e.deleted_at IS NULL AND e.type = 'order' AND e.currency_code = ${bind(period.currency_code)}
       AND e.occurred_at >= ${bind(period.from)} AND e.occurred_at < ${bind(period.to)}
       AND (${bind(routine)}::text IS NULL OR e.quantity = 0 OR EXISTS (
         SELECT 1 FROM routine_analytics_event o
         WHERE o.deleted_at IS NULL AND o.type = 'ordered' AND o.order_id = e.order_id AND o.routine_id = ${bind(routine)}::text))
     GROUP BY 1`,
    values
  )
  const group = (withRoutine: boolean) => {
    const row = rows.find((r) => r.with_routine === withRoutine)
    return { count: number(row?.count), average_total: number(row?.average_total) }
  }
  return { with_routine: group(true), without_routine: group(false) }
}

/** The funnel and money of a period, with its orders. */
const headline = async (knex: Knex, period: AnalyticsPeriod, precision: number) => {
  const [totals, orders] = await Promise.all([
    withFacts(knex, period, () => `SELECT ${FIGURES} FROM facts f`),
    orderFigures(knex, period, precision),
  ])
  return { from: period.from.toISOString(), to: period.to.toISOString(), totals: figures(totals.rows[0]), orders }
}

/**
 * The routine analytics of a period, computed in PostgreSQL from the facts
 * the subscribers recorded (all values bound, never interpolated), and the
 * headline figures of the period just before it.
 */
export const routineAnalytics = async (
  container: MedusaContainer,
  period: AnalyticsPeriod
): Promise<RoutineAnalyticsResponse> => {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const precision = await precisionOf(container, period.currency_code)
  const length = period.to.getTime() - period.from.getTime()
  const before = { ...period, from: new Date(period.from.getTime() - length), to: period.from }
  const [current, previous, days, routines, combinations, steps, reasons, subscriptions] = await Promise.all([
    headline(knex, period, precision),
    headline(knex, before, precision),
    // Every day of the period, the quiet ones too (24-hour steps: UTC days, whatever the session's time zone).
    withFacts(
      knex,
      period,
      (bind) => `SELECT to_char(d.day AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, ${FIGURES}
       FROM generate_series(${bind(period.from)}::timestamptz, ${bind(period.to)}::timestamptz - interval '24 hours', interval '24 hours') d(day)
       LEFT JOIN facts f ON f.occurred_at >= d.day AND f.occurred_at < d.day + interval '24 hours'
       GROUP BY d.day ORDER BY d.day`
    ),
    withFacts(
      knex,
      period,
      () => `SELECT r.id, r.title, r.handle, ${FIGURES}
       FROM facts f JOIN routine r ON r.id = f.routine_id
       GROUP BY r.id, r.title, r.handle ORDER BY count(*) FILTER (WHERE f.type = 'visit') DESC, r.title`
    ),
    withFacts(
      knex,
      period,
      () => `SELECT f.symptom_ids,
         count(*) FILTER (WHERE f.type = 'visit')::int AS quotes,
         count(*) FILTER (WHERE f.type = 'added')::int AS bundles_added,
         coalesce((SELECT json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name)
           FROM symptom s WHERE s.id = ANY(f.symptom_ids)), '[]'::json) AS symptoms
       FROM facts f WHERE f.type IN ('visit', 'added')
       GROUP BY f.symptom_ids ORDER BY 2 DESC, 3 DESC LIMIT 20`
    ),
    // A step met in several quotes of one visit counts once for it.
    withFacts(
      knex,
      period,
      (bind) => `SELECT c.id, c.title, r.title AS routine_title,
         count(*) FILTER (WHERE s.kind = 'fallback')::int AS fallbacks,
         count(*) FILTER (WHERE s.kind = 'unavailable')::int AS unavailable
       FROM (
         SELECT routine_id, visitor, visit, unnest(fallback_step_ids) AS step_id, 'fallback' AS kind
           FROM visit_quotes WHERE started_at >= ${bind(period.from)}::timestamptz
         UNION
         SELECT routine_id, visitor, visit, unnest(unavailable_step_ids), 'unavailable'
           FROM visit_quotes WHERE started_at >= ${bind(period.from)}::timestamptz
       ) s
       JOIN care_step c ON c.id = s.step_id JOIN routine r ON r.id = c.routine_id
       GROUP BY c.id, c.title, r.title ORDER BY count(*) DESC, c.title LIMIT 20`
    ),
    withFacts(
      knex,
      period,
      () => `SELECT f.reason, count(*)::int AS count FROM facts f WHERE f.type = 'ended' GROUP BY f.reason ORDER BY 2 DESC, 1`
    ),
    subscriptionFigures(knex, period, precision),
  ])
  return {
    from: current.from,
    to: current.to,
    currency_code: period.currency_code,
    routine_id: period.routine_id ?? null,
    totals: current.totals,
    orders: current.orders,
    previous,
    by_day: days.rows.map((row) => {
      const { bundles_ended, add_rate, order_rate, ...day } = figures(row)
      return { date: String(row.date), ...day }
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
    subscriptions,
  }
}

const CSV_COLUMNS = [
  "quotes",
  "quote_requests",
  "bundles_added",
  "bundles_added_quantity",
  "bundles_ordered",
  "bundles_ordered_quantity",
] as const

/** The daily figures as CSV, for a spreadsheet: every day of the period, money to the currency's digits. */
export const analyticsCsv = (analytics: RoutineAnalyticsResponse, precision: number) =>
  [
    ["date", ...CSV_COLUMNS, `revenue_${analytics.currency_code}`, `discount_given_${analytics.currency_code}`].join(","),
    ...analytics.by_day.map((d) =>
      [d.date, ...CSV_COLUMNS.map((column) => d[column]), d.revenue.toFixed(precision), d.discount_given.toFixed(precision)].join(",")
    ),
  ].join("\n") + "\n"
