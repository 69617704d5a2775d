import fc from "fast-check"
import { nextScheduleBoundary, scheduleInOrder, scheduleState, type RoutineSchedule } from "../routine-schedule"

const at = (iso: string) => new Date(iso)
const june: RoutineSchedule = { starts_at: "2027-06-01T09:00:00.000Z", ends_at: "2027-07-01T00:00:00.000Z" }

describe("scheduleState", () => {
  it("is live with no dates at all", () => {
    expect(scheduleState({ starts_at: null, ends_at: null }, at("2027-01-01T00:00:00Z"))).toBe("live")
  })

  it("is scheduled before the start, live from the start (inclusive), ended from the end (exclusive)", () => {
    expect(scheduleState(june, at("2027-06-01T08:59:59.999Z"))).toBe("scheduled")
    expect(scheduleState(june, at("2027-06-01T09:00:00.000Z"))).toBe("live")
    expect(scheduleState(june, at("2027-06-30T23:59:59.999Z"))).toBe("live")
    expect(scheduleState(june, at("2027-07-01T00:00:00.000Z"))).toBe("ended")
    expect(scheduleState(june, at("2028-01-01T00:00:00.000Z"))).toBe("ended")
  })

  it("reads an open start or an open end, and Date values as well as ISO strings", () => {
    expect(scheduleState({ starts_at: null, ends_at: new Date("2027-07-01T00:00:00Z") }, at("2020-01-01T00:00:00Z"))).toBe("live")
    expect(scheduleState({ starts_at: null, ends_at: new Date("2027-07-01T00:00:00Z") }, at("2027-07-01T00:00:00Z"))).toBe("ended")
    expect(scheduleState({ starts_at: new Date("2027-06-01T09:00:00Z"), ends_at: null }, at("2027-06-01T08:00:00Z"))).toBe("scheduled")
    expect(scheduleState({ starts_at: new Date("2027-06-01T09:00:00Z"), ends_at: null }, at("2099-01-01T00:00:00Z"))).toBe("live")
  })
})

describe("scheduleInOrder", () => {
  it("takes an open side or an end after the start, and refuses an end at or before the start", () => {
    expect(scheduleInOrder(june)).toBe(true)
    expect(scheduleInOrder({ starts_at: null, ends_at: null })).toBe(true)
    expect(scheduleInOrder({ starts_at: june.starts_at, ends_at: null })).toBe(true)
    expect(scheduleInOrder({ starts_at: null, ends_at: june.ends_at })).toBe(true)
    expect(scheduleInOrder({ starts_at: june.starts_at, ends_at: june.starts_at })).toBe(false)
    expect(scheduleInOrder({ starts_at: june.ends_at, ends_at: new Date(june.starts_at as string) })).toBe(false)
  })
})

describe("nextScheduleBoundary", () => {
  it("is the start before it, the end after the start, and null once ended or with no dates", () => {
    expect(nextScheduleBoundary(june, at("2027-05-01T00:00:00Z"))).toEqual(at("2027-06-01T09:00:00.000Z"))
    expect(nextScheduleBoundary(june, at("2027-06-01T09:00:00.000Z"))).toEqual(at("2027-07-01T00:00:00.000Z"))
    expect(nextScheduleBoundary(june, at("2027-07-01T00:00:00.000Z"))).toBeNull()
    expect(nextScheduleBoundary({ starts_at: null, ends_at: null }, at("2027-05-01T00:00:00Z"))).toBeNull()
    expect(nextScheduleBoundary({ starts_at: null, ends_at: june.ends_at }, at("2027-05-01T00:00:00Z"))).toEqual(
      at("2027-07-01T00:00:00.000Z")
    )
  })

  // Any valid schedule (ends after it starts, either side open) and any instant.
  const minute = 60_000
  const schedule = fc
    .tuple(fc.option(fc.integer({ min: 0, max: 10_000 })), fc.option(fc.integer({ min: 1, max: 10_000 })))
    .map(([start, length]) => ({
      starts_at: start == null ? null : new Date(start * minute),
      ends_at: length == null ? null : new Date(((start ?? 0) + length) * minute),
    }))
  const instantArb = fc.integer({ min: -1_000, max: 21_000 }).map((m) => new Date(m * minute))

  it("the state holds until the boundary, and changes at it", () => {
    fc.assert(
      fc.property(schedule, instantArb, (s, now) => {
        const state = scheduleState(s, now)
        const next = nextScheduleBoundary(s, now)
        if (next == null) {
          expect(scheduleState(s, new Date(now.getTime() + 1_000 * 24 * 60 * minute))).toBe(state)
          return
        }
        expect(next.getTime()).toBeGreaterThan(now.getTime())
        expect(scheduleState(s, new Date(next.getTime() - 1))).toBe(state)
        expect(scheduleState(s, next)).not.toBe(state)
      })
    )
  })

  it("states only move forward: scheduled, then live, then ended", () => {
    const order = ["scheduled", "live", "ended"]
    fc.assert(
      fc.property(schedule, instantArb, instantArb, (s, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a]
        expect(order.indexOf(scheduleState(s, early))).toBeLessThanOrEqual(order.indexOf(scheduleState(s, late)))
      })
    )
  })
})
