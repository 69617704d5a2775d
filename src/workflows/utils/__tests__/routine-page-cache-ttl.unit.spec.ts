import { entryTtlSeconds } from "../routine-page-cache"

const now = new Date("2027-03-01T12:00:00.000Z")
const inMs = (ms: number) => new Date(now.getTime() + ms)

describe("how long a routine page is kept", () => {
  it("keeps it for the plugin's TTL when nothing changes sooner", () => {
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: null, until: null, now })).toBe(300)
  })

  it("never past the routine's own moment: the whole seconds before its end", () => {
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: null, until: inMs(3_000), now })).toBe(3)
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: null, until: inMs(2_999), now })).toBe(2)
    // Less than a second left, or already past: not kept at all.
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: null, until: inMs(999), now })).toBeLessThanOrEqual(0)
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: null, until: inMs(-5_000), now })).toBeLessThanOrEqual(0)
  })

  it("never past the next price list change, whichever comes first", () => {
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: 40, until: inMs(60_000), now })).toBe(40)
    expect(entryTtlSeconds({ ttl: 300, untilPriceListChange: 90, until: inMs(60_000), now })).toBe(60)
    expect(entryTtlSeconds({ ttl: 30, untilPriceListChange: 90, until: inMs(60_000), now })).toBe(30)
  })
})
