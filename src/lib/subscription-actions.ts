import type { SubscriptionChoice, SubscriptionStatus } from "../types/subscription"

/**
 * What a shopper or a merchant may do to a subscription in each state, and
 * what each action changes: pure rules, so the workflows, the routes and the
 * tests read one table. Dates are ISO strings in and out.
 */
export const SUBSCRIPTION_ACTIONS = ["update", "skip", "renew", "pause", "resume", "cancel", "check_in", "quote_refill"] as const
export type SubscriptionAction = (typeof SUBSCRIPTION_ACTIONS)[number]

/**
 * The states each action starts from. Cancelled is final. A paused
 * subscription renews nothing, so there is nothing to skip; it is resumed
 * first. `needs_action` (renewals gave up) may be paused, resumed (the
 * shopper fixed what failed), renewed now, skipped past the failing date,
 * or cancelled.
 */
const ALLOWED_FROM: { [Action in SubscriptionAction]: readonly SubscriptionStatus[] } = {
  update: ["active", "paused", "needs_action"],
  skip: ["active", "needs_action"],
  renew: ["active", "needs_action"],
  pause: ["active", "needs_action"],
  resume: ["paused", "needs_action"],
  cancel: ["active", "paused", "needs_action"],
  check_in: ["active", "paused", "needs_action"],
  // A cancelled subscription has no next refill to price.
  quote_refill: ["active", "paused", "needs_action"],
}

const VERB: { [Action in SubscriptionAction]: string } = {
  update: "changed",
  skip: "skipped",
  renew: "renewed",
  pause: "paused",
  resume: "resumed",
  cancel: "cancelled",
  check_in: "checked in",
  quote_refill: "refilled",
}

/** Why the action is refused in this state (a 409's message), or null when it is allowed. */
export const subscriptionActionRefusal = (action: SubscriptionAction, status: SubscriptionStatus): string | null =>
  ALLOWED_FROM[action].includes(status)
    ? null
    : `This subscription is ${status.replace("_", " ")}: it cannot be ${VERB[action]}` +
      (action === "skip" && status === "paused" ? " (it renews nothing until resumed)" : "")

const WEEK_MS = 7 * 24 * 60 * 60 * 1000

/** A date `weeks` weeks after (or, negative, before) another. */
export const addWeeks = (iso: string | Date, weeks: number) => new Date(new Date(iso).getTime() + weeks * WEEK_MS).toISOString()

const later = (a: string | Date, b: string | Date) => new Date(Math.max(new Date(a).getTime(), new Date(b).getTime())).toISOString()

/**
 * Resuming keeps the saved renewal date when it is still ahead, and renews
 * at once (the next job run) when it has passed while paused: a shopper is
 * never charged for the weeks the subscription was paused, and never waits
 * a whole interval more than they chose.
 */
export const nextRenewalOnResume = (saved: string | Date, now: string | Date) => later(saved, now)

/**
 * A new interval moves the coming renewal by the difference from the old
 * one (it was set an old interval after the last order), never into the past.
 */
export const nextRenewalOnIntervalChange = (saved: string | Date, fromWeeks: number, toWeeks: number, now: string | Date) =>
  later(addWeeks(saved, toWeeks - fromWeeks), now)

/** Skipping the coming refill: its date is recorded as skipped and the next one is an interval later. */
export const skipPlan = (due: string | Date, intervalWeeks: number) => ({
  skipped_due_at: new Date(due).toISOString(),
  next_renewal_at: addWeeks(due, intervalWeeks),
})

export type CandidateStep = { id: string; handle: string; variant_ids: string[] }

/**
 * Swaps named steps' products in the subscription's choice (`selections`
 * keyed by step id or handle), keyed by step id from then on. A key that
 * names no step, or a variant that is not one of the step's candidates, is
 * refused with the step named: the refill could not be built from it.
 */
export const swapSelections = (
  choice: SubscriptionChoice,
  swaps: Record<string, string>,
  steps: CandidateStep[]
): { choice: SubscriptionChoice } | { error: string } => {
  const selections = { ...(choice.selections ?? {}) }
  for (const [key, variantId] of Object.entries(swaps)) {
    const step = steps.find((s) => s.id === key || s.handle === key)
    if (!step) return { error: `selections.${key}: the routine has no step ${key}` }
    if (!step.variant_ids.includes(variantId)) {
      return { error: `selections.${key}: variant ${variantId} is not one of step ${step.handle}'s products` }
    }
    delete selections[step.handle]
    selections[step.id] = variantId
  }
  return { choice: { ...choice, selections } }
}
