import fc from "fast-check"
import { cartGroupsCount, isOfferedTo, offeredUntil, ORPHANED_RESTRICTION_NOTES, orphanedRestrictionNotes, routineRefusal, type RoutineAvailabilityFields } from "../routine-availability"

const NOW = new Date("2027-06-15T12:00:00Z")
const live: RoutineAvailabilityFields = { status: "published", starts_at: null, ends_at: null }
const guest = { sales_channel_ids: ["sc_web"], customer_group_ids: [] }

describe("routineRefusal", () => {
  it("offers a published routine with no schedule, channel or group to anyone", () => {
    expect(routineRefusal(live, guest, NOW)).toBeNull()
  })

  it("refuses a draft first, whatever else holds", () => {
    expect(routineRefusal({ ...live, status: "draft" }, guest, NOW)).toBe("draft")
  })

  it("refuses before the start and from the end, by the schedule's own rule", () => {
    expect(routineRefusal({ ...live, starts_at: "2027-06-16T00:00:00Z" }, guest, NOW)).toBe("scheduled")
    expect(routineRefusal({ ...live, ends_at: new Date("2027-06-15T12:00:00Z") }, guest, NOW)).toBe("ended")
    expect(routineRefusal({ ...live, starts_at: "2027-06-15T12:00:00Z" }, guest, NOW)).toBeNull()
  })

  it("sells in the linked channels only, any of the request's channels matching", () => {
    const inPopUp = { ...live, sales_channels: [{ id: "sc_popup" }] }
    expect(routineRefusal(inPopUp, guest, NOW)).toBe("sales_channel")
    expect(routineRefusal(inPopUp, { ...guest, sales_channel_ids: ["sc_web", "sc_popup"] }, NOW)).toBeNull()
    expect(routineRefusal({ ...live, sales_channels: [] }, guest, NOW)).toBeNull()
  })

  it("sells to members of a linked group only: a guest has none", () => {
    const vip = { ...live, customer_groups: [null, { id: "cusgroup_vip" }] }
    expect(routineRefusal(vip, guest, NOW)).toBe("customer_group")
    expect(routineRefusal(vip, { ...guest, customer_group_ids: ["cusgroup_news"] }, NOW)).toBe("customer_group")
    expect(routineRefusal(vip, { ...guest, customer_group_ids: ["cusgroup_news", "cusgroup_vip"] }, NOW)).toBeNull()
  })

  it("fails closed when a restricted side's channels or groups were all deleted", () => {
    const channelGone = { ...live, sales_channels_restricted: true, sales_channels: [] }
    const groupGone = { ...live, customer_groups_restricted: true, customer_groups: [null] }
    expect(routineRefusal(channelGone, guest, NOW)).toBe("sales_channel")
    expect(routineRefusal(groupGone, { ...guest, customer_group_ids: ["cusgroup_vip"] }, NOW)).toBe("customer_group")
    expect(orphanedRestrictionNotes(channelGone)).toEqual([ORPHANED_RESTRICTION_NOTES.sales_channels])
    expect(orphanedRestrictionNotes(groupGone)).toEqual([ORPHANED_RESTRICTION_NOTES.customer_groups])
    expect(orphanedRestrictionNotes({ ...groupGone, customer_groups: [{ id: "cusgroup_vip" }] })).toEqual([])
  })

  it("offers exactly when every condition holds (property)", () => {
    const ids = fc.subarray(["a", "b", "c"])
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), ids, ids, ids, ids, fc.boolean(), fc.boolean(), (published, start, end, channels, asked, groups, mine, channelsRestricted, groupsRestricted) => {
        const hour = 3600 * 1000
        const routine = {
          status: published ? "published" : "draft",
          starts_at: start === 0 ? null : new Date(NOW.getTime() + start * hour),
          ends_at: end === 0 ? null : new Date(NOW.getTime() + end * hour),
          sales_channels: channels.map((id) => ({ id })),
          customer_groups: groups.map((id) => ({ id })),
          sales_channels_restricted: channelsRestricted,
          customer_groups_restricted: groupsRestricted,
        }
        const expected =
          published &&
          // 0 stands for no date: an open start or end.
          start <= 0 &&
          end >= 0 &&
          // A restricted side with no channel or group left admits no one.
          ((!channelsRestricted && !channels.length) || channels.some((c) => asked.includes(c))) &&
          ((!groupsRestricted && !groups.length) || groups.some((g) => mine.includes(g)))
        expect(isOfferedTo(routine, { sales_channel_ids: asked, customer_group_ids: mine }, NOW)).toBe(expected)
      })
    )
  })
})

describe("offeredUntil", () => {
  it("is the first boundary ahead among the routines, or null when none lies ahead", () => {
    const ends = (iso: string | null) => ({ starts_at: null, ends_at: iso })
    expect(offeredUntil([ends("2027-06-20T00:00:00Z"), ends("2027-06-16T00:00:00Z"), ends(null)], NOW)).toEqual(
      new Date("2027-06-16T00:00:00Z")
    )
    expect(offeredUntil([ends(null), ends("2027-06-01T00:00:00Z")], NOW)).toBeNull()
    expect(offeredUntil([], NOW)).toBeNull()
  })
})

describe("cartGroupsCount", () => {
  it("counts a cart's customer's groups only for that customer signed in", () => {
    expect(cartGroupsCount("cus_1", "cus_1")).toBe(true)
    // A signed-out request, or another customer, naming a member's cart: not the member's groups.
    expect(cartGroupsCount("cus_1", undefined)).toBe(false)
    expect(cartGroupsCount("cus_1", "cus_2")).toBe(false)
    expect(cartGroupsCount(undefined, undefined)).toBe(false)
    expect(cartGroupsCount(null, null)).toBe(false)
  })
})
