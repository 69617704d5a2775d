import type { RoutineAnalyticsSubscriptions } from "../../../types"
import type { AnalyticsPeriod } from "./figures"
import { bindings, number, ratio, type Bind, type Knex } from "./sql"

/** The subscriptions of the period's currency and routine (a removed subscription counts nowhere). */
const scope = (bind: Bind, period: AnalyticsPeriod) =>
  `s.deleted_at IS NULL AND s.currency_code = ${bind(period.currency_code)}
   AND (${bind(period.routine_id ?? null)}::text IS NULL OR s.routine_id = ${bind(period.routine_id ?? null)}::text)`

/**
 * Counts by status and the recurring revenue (as of now: statuses keep no
 * history), with the subscribers at the period's start and its cancellations.
 * A month is 52/12 weeks; PostgreSQL's numeric keeps the division exact to
 * far below a cent before the one rounding to the currency's digits.
 */
const standing = (knex: Knex, period: AnalyticsPeriod, precision: number) => {
  const { values, bind } = bindings()
  const from = () => `${bind(period.from)}::timestamptz`
  const sql = `SELECT
      count(*) FILTER (WHERE s.status = 'active')::int AS active,
      count(*) FILTER (WHERE s.status = 'paused')::int AS paused,
      count(*) FILTER (WHERE s.status = 'needs_action')::int AS needs_action,
      coalesce(round(sum(s.last_total * 52 / (12 * s.interval_weeks)) FILTER (WHERE s.status = 'active'), ${bind(precision)}), 0)
        AS recurring_revenue_monthly,
      count(*) FILTER (WHERE s.created_at < ${from()} AND (s.cancelled_at IS NULL OR s.cancelled_at >= ${from()}))::int
        AS subscribed_at_start,
      count(*) FILTER (WHERE s.cancelled_at >= ${from()} AND s.cancelled_at < ${bind(period.to)}::timestamptz)::int AS cancelled
    FROM routine_subscription s WHERE ${scope(bind, period)}`
  return knex.raw(sql, values)
}

/** The renewals due in the period, by status, and what the placed ones cost. */
const renewals = (knex: Knex, period: AnalyticsPeriod) => {
  const { values, bind } = bindings()
  const sql = `SELECT r.status, count(*)::int AS count, coalesce(sum(r.total), 0) AS total
    FROM routine_subscription_renewal r JOIN routine_subscription s ON s.id = r.subscription_id
    WHERE r.deleted_at IS NULL AND ${scope(bind, period)}
      AND r.due_at >= ${bind(period.from)}::timestamptz AND r.due_at < ${bind(period.to)}::timestamptz
    GROUP BY r.status`
  return knex.raw(sql, values)
}

/**
 * The check-ins answered in the period; for each warning sign, the check-ins
 * that dropped it (ticked before, not now) and added it (the other way).
 */
const checkins = (knex: Knex, period: AnalyticsPeriod) => {
  const { values, bind } = bindings()
  const sql = `WITH answered AS (
      SELECT c.id, c.symptom_ids_before AS before, c.symptom_ids_after AS after
      FROM routine_subscription_checkin c JOIN routine_subscription s ON s.id = c.subscription_id
      WHERE c.deleted_at IS NULL AND ${scope(bind, period)}
        AND c.answered_at >= ${bind(period.from)}::timestamptz AND c.answered_at < ${bind(period.to)}::timestamptz
    ), changes AS (
      SELECT a.id, d.symptom_id, 'dropped' AS change FROM answered a, unnest(a.before) d(symptom_id)
        WHERE NOT d.symptom_id = ANY(a.after)
      UNION
      SELECT a.id, n.symptom_id, 'added' FROM answered a, unnest(a.after) n(symptom_id)
        WHERE NOT n.symptom_id = ANY(a.before)
    ), changed AS (
      SELECT c.symptom_id AS id, coalesce(sy.name, c.symptom_id) AS name,
        count(*) FILTER (WHERE c.change = 'dropped')::int AS dropped,
        count(*) FILTER (WHERE c.change = 'added')::int AS added
      FROM changes c LEFT JOIN symptom sy ON sy.id = c.symptom_id
      GROUP BY c.symptom_id, sy.name
    )
    SELECT (SELECT count(*)::int FROM answered) AS checkins,
      coalesce((SELECT json_agg(g ORDER BY g.dropped + g.added DESC, g.name) FROM changed g), '[]'::json) AS changes`
  return knex.raw(sql, values)
}

/** The subscription figures of the Routine performance page, in the period's currency and routine. */
export const subscriptionFigures = async (
  knex: Knex,
  period: AnalyticsPeriod,
  precision: number
): Promise<RoutineAnalyticsSubscriptions> => {
  const [{ rows: [now] }, due, answers] = await Promise.all([
    standing(knex, period, precision),
    renewals(knex, period),
    checkins(knex, period),
  ])
  const renewalCount = (status: string) => number(due.rows.find((r) => r.status === status)?.count)
  const subscribedAtStart = number(now.subscribed_at_start)
  const cancelled = number(now.cancelled)
  return {
    active: number(now.active),
    paused: number(now.paused),
    needs_action: number(now.needs_action),
    recurring_revenue_monthly: number(now.recurring_revenue_monthly),
    renewals: {
      succeeded: renewalCount("succeeded"),
      failed: renewalCount("failed"),
      skipped: renewalCount("skipped"),
      pending: renewalCount("pending"),
      revenue: number(due.rows.find((r) => r.status === "succeeded")?.total),
    },
    subscribed_at_start: subscribedAtStart,
    cancelled,
    churn_rate: ratio(cancelled, subscribedAtStart),
    checkins: number(answers.rows[0].checkins),
    symptom_changes: (answers.rows[0].changes as { id: string; name: string; dropped: number; added: number }[]).map(
      ({ id, name, dropped, added }) => ({ symptom: { id, name }, dropped, added })
    ),
  }
}
