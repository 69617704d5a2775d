import { MedusaError } from "@medusajs/framework/utils"
import type { RoutineSubscriptionRefill } from "../../../types"
import {
  classifyRenewalError,
  decideRenewal,
  failedAttempt,
  nextRenewalAfterOrder,
  type RenewalState,
} from "../subscription-renewal"

const DUE = "2027-01-28T10:00:00.000Z"
const policy = { price_notice_percentage: 10, notice_days: 3, retry_hours: [24, 72] }

const state = (over: { subscription?: Partial<RenewalState["subscription"]>; renewal?: Partial<RenewalState["renewal"]> } = {}): RenewalState => ({
  subscription: { id: "rsub_1", status: "active", interval_weeks: 4, next_renewal_at: DUE, price_notice: null, ...over.subscription },
  renewal: { id: "rsren_1", due_at: DUE, status: "pending", attempts: 0, retry_at: null, ...over.renewal },
})

const refill = (total: number, previous = 100): RoutineSubscriptionRefill =>
  ({ total, previous_total: previous, change_percentage: ((total - previous) / previous) * 100 }) as RoutineSubscriptionRefill

const decide = (over: Partial<Parameters<typeof decideRenewal>[0]> = {}) =>
  decideRenewal({ state: state(), refill: refill(100), failure: null, manual: false, request: { expected_total: null, by_subscriber: false }, now: DUE, policy, ...over })

describe("decideRenewal", () => {
  it("orders on the date, not before unless asked to renew now", () => {
    expect(decide()).toEqual({ kind: "order" })
    expect(decide({ now: "2027-01-28T09:59:59.000Z" })).toEqual({ kind: "none" })
    expect(decide({ now: "2027-01-20T00:00:00.000Z", manual: true })).toEqual({ kind: "order" })
  })

  it("does nothing for a date already placed or skipped, and for a retry not due yet", () => {
    expect(decide({ state: state({ renewal: { status: "succeeded" } }) })).toEqual({ kind: "none" })
    expect(decide({ state: state({ renewal: { status: "skipped" } }), manual: true })).toEqual({ kind: "none" })
    expect(decide({ state: state({ renewal: { attempts: 1, retry_at: "2027-01-29T10:00:00.000Z" } }), now: "2027-01-29T09:00:00.000Z" })).toEqual({ kind: "none" })
  })

  it("does nothing without a renewal row (a scheduled run before the date makes none)", () => {
    expect(decide({ state: { ...state(), renewal: null }, now: "2027-02-01T00:00:00.000Z" })).toEqual({ kind: "none" })
  })

  it("tries a date given up on again only when asked", () => {
    expect(decide({ state: state({ renewal: { status: "failed" } }) })).toEqual({ kind: "none" })
    expect(decide({ state: state({ subscription: { status: "needs_action" }, renewal: { status: "failed" } }), manual: true })).toEqual({ kind: "order" })
  })

  it("refuses a paused or cancelled subscription, and one needing action unless renewed by hand, with a 409", () => {
    for (const [status, manual] of [["paused", true], ["cancelled", true], ["needs_action", false]] as const) {
      expect(() => decide({ state: state({ subscription: { status } }), manual })).toThrow(
        expect.objectContaining({ type: MedusaError.Types.CONFLICT })
      )
    }
  })

  it("records a refill that cannot be priced as a failure", () => {
    const failure = { reason: "routine_unavailable" as const, message: "gone" }
    expect(decide({ refill: null, failure })).toEqual({ kind: "fail", failure })
  })

  it("holds a change beyond the threshold the shopper was not told of, for the notice days", () => {
    expect(decide({ refill: refill(110) })).toEqual({ kind: "order" })
    expect(decide({ refill: refill(89) })).toEqual({
      kind: "notice",
      notice: { previous_total: 100, next_total: 89, change_percentage: -11, notified_at: DUE },
      retry_at: "2027-01-31T10:00:00.000Z",
    })
    const told = { previous_total: 100, next_total: 120, change_percentage: 20, notified_at: "2027-01-25T10:00:00.000Z" }
    expect(decide({ refill: refill(120), state: state({ subscription: { price_notice: told } }) })).toEqual({ kind: "order" })
    // Told of 120, now 140: a new change beyond the threshold from what was told.
    expect(decide({ refill: refill(140), state: state({ subscription: { price_notice: told } }) }).kind).toEqual("notice")
    // Renew now is told like the job, unless the subscriber confirmed the total they were shown.
    expect(decide({ refill: refill(150), manual: true }).kind).toEqual("notice")
    expect(decide({ refill: refill(150), manual: true, request: { expected_total: 150, by_subscriber: false } }).kind).toEqual("notice")
    expect(decide({ refill: refill(150), manual: true, request: { expected_total: 150, by_subscriber: true } })).toEqual({ kind: "order" })
  })

  it("refuses renew now for a total other than the one the actor was shown, with a 409 naming today's", () => {
    const priced = { ...refill(150), currency_code: "eur" }
    expect(() => decide({ refill: priced, manual: true, request: { expected_total: 140, by_subscriber: true } })).toThrow(
      expect.objectContaining({ type: MedusaError.Types.CONFLICT, message: expect.stringContaining("now costs 150 EUR, not 140") })
    )
  })
})

describe("failedAttempt", () => {
  it("retries after each wait of the schedule, then gives up and asks for action", () => {
    expect(failedAttempt(0, DUE, [24, 72])).toEqual({ attempts: 1, retry_at: "2027-01-29T10:00:00.000Z", status: "pending", needs_action: false })
    expect(failedAttempt(1, "2027-01-29T10:00:00.000Z", [24, 72])).toEqual({ attempts: 2, retry_at: "2027-02-01T10:00:00.000Z", status: "pending", needs_action: false })
    expect(failedAttempt(2, DUE, [24, 72])).toEqual({ attempts: 3, retry_at: null, status: "failed", needs_action: true })
    expect(failedAttempt(0, DUE, [])).toMatchObject({ attempts: 1, status: "failed", needs_action: true })
  })
})

describe("nextRenewalAfterOrder", () => {
  it("keeps the cadence from the due date through late retries, and counts from today for an early renew now", () => {
    expect(nextRenewalAfterOrder(DUE, "2027-02-01T10:00:00.000Z", 4, false)).toEqual("2027-02-25T10:00:00.000Z")
    expect(nextRenewalAfterOrder(DUE, "2027-01-20T10:00:00.000Z", 4, true)).toEqual("2027-02-17T10:00:00.000Z")
    // Months late (a subscription fixed long after): never a date already past.
    expect(nextRenewalAfterOrder(DUE, "2027-06-01T10:00:00.000Z", 4, true)).toEqual("2027-06-29T10:00:00.000Z")
  })
})

describe("classifyRenewalError", () => {
  it("names why a stage failed", () => {
    const error = (type: string, message = "x") => new MedusaError(type, message)
    expect(classifyRenewalError("quote", error(MedusaError.Types.NOT_FOUND)).reason).toEqual("routine_unavailable")
    expect(classifyRenewalError("bundle", error(MedusaError.Types.CONFLICT)).reason).toEqual("unsellable_step")
    expect(classifyRenewalError("shipping", error(MedusaError.Types.INVALID_DATA)).reason).toEqual("shipping_unavailable")
    expect(classifyRenewalError("payment", new Error("no provider")).reason).toEqual("payment_failed")
    expect(classifyRenewalError("complete", new Error("Payment authorization failed")).reason).toEqual("payment_failed")
    expect(classifyRenewalError("complete", new Error("boom"))).toEqual({ reason: "error", message: "boom" })
  })

  it("reads a nested workflow's error, a plain object, by its fields; a cart that cannot be made is an error with its message", () => {
    const thrown = { message: "Payment provider pp_gone not found", type: MedusaError.Types.NOT_FOUND, name: "Error" }
    expect(classifyRenewalError("payment", thrown)).toEqual({ reason: "payment_failed", message: thrown.message })
    expect(classifyRenewalError("bundle", { message: "Step cleanse", type: MedusaError.Types.CONFLICT })).toEqual({
      reason: "unsellable_step",
      message: "Step cleanse",
    })
    expect(classifyRenewalError("cart", { message: "Customer cus_1 was not found", type: MedusaError.Types.NOT_FOUND })).toEqual({
      reason: "error",
      message: "Customer cus_1 was not found",
    })
    expect(classifyRenewalError("complete", "timeout")).toEqual({ reason: "error", message: "timeout" })
  })
})
