import { describe, expect, it } from "@jest/globals"
import { subscriptionListQuery } from "../subscription-filters"

const page = { offset: 20, limit: 20 }

describe("subscriptionListQuery", () => {
  it("sends the page alone when nothing is filtered", () => {
    expect(subscriptionListQuery({}, page)).toEqual({ offset: 20, limit: 20 })
  })

  it("sends the renewal days as instants: from the first day's start to the start of the day after the last", () => {
    expect(subscriptionListQuery({ renews_from: "2027-01-01", renews_to: "2027-01-31" }, page)).toEqual({
      ...page,
      "next_renewal_at[$gte]": "2027-01-01T00:00:00.000Z",
      "next_renewal_at[$lt]": "2027-02-01T00:00:00.000Z",
    })
    // One day, across a year's end and a leap day.
    expect(subscriptionListQuery({ renews_from: "2027-12-31", renews_to: "2027-12-31" }, page)).toMatchObject({
      "next_renewal_at[$gte]": "2027-12-31T00:00:00.000Z",
      "next_renewal_at[$lt]": "2028-01-01T00:00:00.000Z",
    })
    expect(subscriptionListQuery({ renews_to: "2028-02-28" }, page)).toEqual({ ...page, "next_renewal_at[$lt]": "2028-02-29T00:00:00.000Z" })
  })

  it("passes the routine, the status and the email search as they are, and leaves out empty ones", () => {
    expect(subscriptionListQuery({ q: "alice", routine_id: "rtn_1", status: "needs_action", renews_from: "" }, page)).toEqual({
      ...page,
      q: "alice",
      routine_id: "rtn_1",
      status: "needs_action",
    })
  })
})
