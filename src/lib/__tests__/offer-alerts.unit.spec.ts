import { offerAlerts, type OfferSnapshot } from "../offer-alerts"

const percentage = (discount_value: number, tiers: [number, number][] = []): OfferSnapshot => ({
  discount_type: "percentage",
  discount_value,
  discount_amounts: [],
  discount_tiers: tiers.map(([min_steps, p]) => ({ min_steps, percentage: p })),
})
const amounts = (type: "fixed" | "set_price", list: [string, number][]): OfferSnapshot => ({
  discount_type: type,
  discount_value: 0,
  discount_amounts: list.map(([currency_code, amount]) => ({ currency_code, amount })),
  discount_tiers: [],
})

describe("offerAlerts", () => {
  it("alerts when a percentage offer's best rate rises above the threshold; tiers replace the one rate", () => {
    expect(offerAlerts(percentage(15), percentage(10, [[3, 5], [5, 60]]), 50)).toEqual([
      "up to 60 % off (was 15 %), above the alert threshold of 50 %",
    ])
    expect(offerAlerts(percentage(0, [[1, 5]]), percentage(0, [[1, 70]]), 50)).toEqual([
      "up to 70 % off (was 5 %), above the alert threshold of 50 %",
    ])
    expect(offerAlerts(null, percentage(51), 50)).toEqual(["up to 51 % off, above the alert threshold of 50 %"])
    expect(offerAlerts(amounts("set_price", [["eur", 80]]), percentage(60), 50)).toEqual([
      "up to 60 % off (was a set price for the bundle, per currency), above the alert threshold of 50 %",
    ])
  })

  it("stays quiet at the threshold, below it, when a high offer is lowered, and for a rate tiers replace", () => {
    expect(offerAlerts(percentage(15), percentage(50), 50)).toEqual([])
    expect(offerAlerts(percentage(70), percentage(60), 50)).toEqual([])
    expect(offerAlerts(percentage(10), percentage(10, [[3, 20]]), 50)).toEqual([])
    // 80 is stored but the tier of 5 % prices every bundle.
    expect(offerAlerts(null, percentage(80, [[1, 5]]), 50)).toEqual([])
  })

  it("alerts when an amount moves by more than the threshold of what it was, in each currency", () => {
    expect(offerAlerts(amounts("set_price", [["eur", 100], ["usd", 110]]), amounts("set_price", [["eur", 40], ["usd", 100]]), 50)).toEqual([
      "set price in EUR from 100 to 40 (−60 %), above the alert threshold of 50 %",
    ])
    expect(offerAlerts(amounts("fixed", [["eur", 10]]), amounts("fixed", [["eur", 25]]), 50)).toEqual([
      "fixed discount in EUR from 10 to 25 (+150 %), above the alert threshold of 50 %",
    ])
  })

  it("alerts on an amount it cannot measure once the routine had an offer: a new kind, a new currency, an amount that was 0", () => {
    expect(offerAlerts(percentage(10), amounts("set_price", [["eur", 1]]), 50)).toEqual([
      "set price in EUR is now 1, with no earlier amount to compare it to",
    ])
    expect(offerAlerts(amounts("fixed", [["eur", 10]]), amounts("fixed", [["eur", 10], ["usd", 90]]), 50)).toEqual([
      "fixed discount in USD is now 90, with no earlier amount to compare it to",
    ])
    expect(offerAlerts(amounts("fixed", [["eur", 0]]), amounts("fixed", [["eur", 500]]), 50)).toEqual([
      "fixed discount in EUR is now 500, with no earlier amount to compare it to",
    ])
  })

  it("stays quiet on a new routine's amounts and on the cheapest step free", () => {
    expect(offerAlerts(null, amounts("set_price", [["eur", 1]]), 50)).toEqual([])
    expect(offerAlerts(percentage(15), { ...percentage(0), discount_type: "cheapest_step_free" }, 0)).toEqual([])
  })
})
