import { SUBSCRIPTION_STATUSES } from "../../types/subscription"
import {
  addWeeks,
  nextRenewalOnIntervalChange,
  nextRenewalOnResume,
  skipPlan,
  subscriptionActionRefusal,
  SUBSCRIPTION_ACTIONS,
  swapSelections,
} from "../subscription-actions"

const DUE = "2027-01-10T09:00:00.000Z"

describe("subscriptionActionRefusal", () => {
  it("allows each action only from the states the table names, and cancelled allows none", () => {
    const allowed = Object.fromEntries(
      SUBSCRIPTION_ACTIONS.map((action) => [action, SUBSCRIPTION_STATUSES.filter((status) => !subscriptionActionRefusal(action, status))])
    )
    expect(allowed).toEqual({
      update: ["active", "paused", "needs_action"],
      skip: ["active", "needs_action"],
      renew: ["active", "needs_action"],
      pause: ["active", "needs_action"],
      resume: ["paused", "needs_action"],
      cancel: ["active", "paused", "needs_action"],
      check_in: ["active", "paused", "needs_action"],
      quote_refill: ["active", "paused", "needs_action"],
    })
  })

  it("says the state and the action in words", () => {
    expect(subscriptionActionRefusal("pause", "paused")).toEqual("This subscription is paused: it cannot be paused")
    expect(subscriptionActionRefusal("update", "cancelled")).toEqual("This subscription is cancelled: it cannot be changed")
    expect(subscriptionActionRefusal("skip", "paused")).toEqual(
      "This subscription is paused: it cannot be skipped (it renews nothing until resumed)"
    )
  })
})

describe("renewal dates", () => {
  it("resume keeps a saved date still ahead, and renews now when it has passed", () => {
    expect(nextRenewalOnResume(DUE, "2027-01-01T00:00:00.000Z")).toEqual(DUE)
    expect(nextRenewalOnResume(DUE, "2027-02-01T00:00:00.000Z")).toEqual("2027-02-01T00:00:00.000Z")
  })

  it("an interval change moves the renewal by the difference, never into the past", () => {
    expect(nextRenewalOnIntervalChange(DUE, 4, 6, "2027-01-01T00:00:00.000Z")).toEqual(addWeeks(DUE, 2))
    expect(nextRenewalOnIntervalChange(DUE, 8, 4, "2026-12-01T00:00:00.000Z")).toEqual(addWeeks(DUE, -4))
    expect(nextRenewalOnIntervalChange(DUE, 8, 4, "2027-01-01T00:00:00.000Z")).toEqual("2027-01-01T00:00:00.000Z")
  })

  it("a skip records the coming date and moves one interval on", () => {
    expect(skipPlan(DUE, 6)).toEqual({ skipped_due_at: DUE, next_renewal_at: "2027-02-21T09:00:00.000Z" })
  })
})

describe("swapSelections", () => {
  const steps = [
    { id: "cstep_1", handle: "cleanse", variant_ids: ["v1", "v2"] },
    { id: "cstep_2", handle: "protect", variant_ids: ["v3"] },
  ]

  it("swaps by step handle or id, keyed by id afterwards, keeping the other picks and fields", () => {
    const result = swapSelections({ quantity: 2, symptoms: ["redness"], selections: { cleanse: "v1", cstep_2: "v3" } }, { cleanse: "v2" }, steps)
    expect(result).toEqual({ choice: { quantity: 2, symptoms: ["redness"], selections: { cstep_1: "v2", cstep_2: "v3" } } })
  })

  it("refuses a variant outside the step, or a step the routine lacks, naming it", () => {
    expect(swapSelections({ quantity: 1 }, { cleanse: "v3" }, steps)).toEqual({
      error: "selections.cleanse: variant v3 is not one of step cleanse's products",
    })
    expect(swapSelections({ quantity: 1 }, { tone: "v1" }, steps)).toEqual({ error: "selections.tone: the routine has no step tone" })
  })
})
