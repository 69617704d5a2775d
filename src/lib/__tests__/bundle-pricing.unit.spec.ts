import fc from "fast-check"
import { BundleDiscount, BundleLineInput, BundlePricingError, PricedBundle, priceBundle } from "../bundle-pricing"

const line = (key: string, unit_price: string | number, quantity = 1): BundleLineInput => ({ key, unit_price, quantity })
const percent = (value: string | number): BundleDiscount => ({ type: "percentage", value })
const fixed = (amount: string | number): BundleDiscount => ({ type: "fixed", amount })
const setPrice = (price: string | number): BundleDiscount => ({ type: "set_price", price })
const cheapestFree: BundleDiscount = { type: "cheapest_line_free" }

/** The fields the examples check by hand, keyed by line. */
const byKey = (bundle: PricedBundle) =>
  Object.fromEntries(bundle.lines.map((l) => [l.key, [l.unit_price, l.discounted_unit_price, l.total]]))

describe("priceBundle examples", () => {
  it("prices the demo barrier routine at 15%", () => {
    const bundle = priceBundle({
      lines: [
        line("gentle-cleansing", 14.9),
        line("nourish-microbiome", 24.9),
        line("soothe-and-repair", 29.9),
        line("moisturise-and-protect", 22.9),
        line("support-from-inside", 19.9),
      ],
      discount: percent(15),
      precision: 2,
      bundleQuantity: 1,
    })

    // Subtotal 112.50; 15% is 16.875, half-up 16.88. Ideal per-line shares of 1688 cents:
    // 223.57, 373.61, 448.63, 343.60, 298.59 → floors sum to 1685, the 3 cents left go to the largest
    // remainders (.63 salve, .61 serum, .60 moisturiser).
    expect(bundle).toEqual({
      subtotal: "112.50",
      discount_total: "16.88",
      total: "95.62",
      bundle_quantity: 1,
      lines: [
        { key: "gentle-cleansing", quantity: 1, unit_price: "14.90", discounted_unit_price: "12.67", subtotal: "14.90", discount_total: "2.23", total: "12.67" },
        { key: "nourish-microbiome", quantity: 1, unit_price: "24.90", discounted_unit_price: "21.16", subtotal: "24.90", discount_total: "3.74", total: "21.16" },
        { key: "soothe-and-repair", quantity: 1, unit_price: "29.90", discounted_unit_price: "25.41", subtotal: "29.90", discount_total: "4.49", total: "25.41" },
        { key: "moisturise-and-protect", quantity: 1, unit_price: "22.90", discounted_unit_price: "19.46", subtotal: "22.90", discount_total: "3.44", total: "19.46" },
        { key: "support-from-inside", quantity: 1, unit_price: "19.90", discounted_unit_price: "16.92", subtotal: "19.90", discount_total: "2.98", total: "16.92" },
      ],
    })
  })

  it("gives the demo routine's cheapest step free, spread over the lines to the cent", () => {
    const bundle = priceBundle({
      lines: [line("a", "14.90"), line("b", "24.90"), line("c", "29.90"), line("d", "22.90"), line("e", "19.90")],
      discount: cheapestFree,
      precision: 2,
      bundleQuantity: 2,
    })

    // 14.90 off 112.50, in shares of the lines' prices; two routines cost twice one.
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["225.00", "29.80", "195.20"])
    const paid = bundle.lines.reduce((sum, l) => sum + Math.round(Number(l.discounted_unit_price) * 100), 0)
    expect(paid).toEqual(11250 - 1490)
  })

  it("counts a line's quantity when it finds the cheapest step", () => {
    const bundle = priceBundle({
      lines: [line("a", "5.00", 3), line("b", "12.00")],
      discount: cheapestFree,
      precision: 2,
      bundleQuantity: 1,
    })
    expect(bundle.discount_total).toEqual("12.00")
  })

  it("charges two demo routines exactly twice one, at the same unit prices", () => {
    const bundle = priceBundle({
      lines: [line("a", "14.90"), line("b", "24.90"), line("c", "29.90"), line("d", "22.90"), line("e", "19.90")],
      discount: percent(15),
      precision: 2,
      bundleQuantity: 2,
    })

    expect([bundle.subtotal, bundle.discount_total, bundle.total, bundle.bundle_quantity]).toEqual(["225.00", "33.76", "191.24", 2])
    expect(bundle.lines.map((l) => l.discounted_unit_price)).toEqual(["12.67", "21.16", "25.41", "19.46", "16.92"])
    expect(bundle.lines[2]).toEqual({ key: "c", quantity: 1, unit_price: "29.90", discounted_unit_price: "25.41", subtotal: "59.80", discount_total: "8.98", total: "50.82" })
  })

  it("splits one cent left over from a third by input order when the lines are equal", () => {
    const bundle = priceBundle({
      lines: [line("a", "1.00"), line("b", "1.00"), line("c", "1.00")],
      discount: fixed("1.00"),
      precision: 2,
      bundleQuantity: 1,
    })

    // 100 cents / 3 = 33.33 each: floors 99, the last cent goes to the first of three equal remainders.
    expect(byKey(bundle)).toEqual({ a: ["1.00", "0.66", "0.66"], b: ["1.00", "0.67", "0.67"], c: ["1.00", "0.67", "0.67"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["3.00", "1.00", "2.00"])
  })

  it("gives an equal remainder to the larger line first", () => {
    const bundle = priceBundle({
      lines: [line("pair", "1.00", 2), line("trio", "1.00", 3)],
      discount: fixed("0.08"),
      precision: 2,
      bundleQuantity: 1,
    })

    // 8 cents over 5 equal units: 1.6 each, floors take 5, 3 left. The remainders tie, so the larger ×3 line
    // (3.00 against 2.00) takes them.
    expect(byKey(bundle)).toEqual({ pair: ["1.00", "0.99", "1.98"], trio: ["1.00", "0.98", "2.94"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["5.00", "0.08", "4.92"])
  })

  it("sells a bundle for a set price, split exactly, and never above its subtotal", () => {
    const routine = [line("a", "14.90"), line("b", "24.90"), line("c", "29.90"), line("d", "22.90"), line("e", "19.90")]
    const set = priceBundle({ lines: routine, discount: setPrice(89), precision: 2, bundleQuantity: 2 })
    expect([set.subtotal, set.discount_total, set.total]).toEqual(["225.00", "47.00", "178.00"])
    const lines = set.lines.reduce((sum, l) => sum + Number(minor(l.discounted_unit_price)) * l.quantity, 0)
    expect(lines).toEqual(8900)
    const cheap = priceBundle({ lines: [line("a", "14.90")], discount: setPrice(89), precision: 2, bundleQuantity: 1 })
    expect([cheap.discount_total, cheap.total]).toEqual(["0.00", "14.90"])
  })

  it("caps a fixed discount larger than the subtotal at the subtotal", () => {
    const bundle = priceBundle({
      lines: [line("a", "5.00"), line("b", "3.00", 2)],
      discount: fixed(20),
      precision: 2,
      bundleQuantity: 3,
    })

    expect(byKey(bundle)).toEqual({ a: ["5.00", "0.00", "0.00"], b: ["3.00", "0.00", "0.00"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["33.00", "33.00", "0.00"])
  })

  it("handles 0% and 100%", () => {
    const lines = [line("a", "14.90"), line("b", "0.01", 3)]

    const none = priceBundle({ lines, discount: percent(0), precision: 2, bundleQuantity: 1 })
    expect(byKey(none)).toEqual({ a: ["14.90", "14.90", "14.90"], b: ["0.01", "0.01", "0.03"] })
    expect([none.subtotal, none.discount_total, none.total]).toEqual(["14.93", "0.00", "14.93"])

    const all = priceBundle({ lines, discount: percent("100"), precision: 2, bundleQuantity: 1 })
    expect(byKey(all)).toEqual({ a: ["14.90", "0.00", "0.00"], b: ["0.01", "0.00", "0.00"] })
    expect([all.subtotal, all.discount_total, all.total]).toEqual(["14.93", "14.93", "0.00"])
  })

  it("takes a percentage with decimals and rounds the discount half-up", () => {
    // 12.5% of 0.20 is exactly 0.025 → 0.03.
    const bundle = priceBundle({ lines: [line("a", "0.20")], discount: percent(12.5), precision: 2, bundleQuantity: 1 })
    expect([bundle.discount_total, bundle.total]).toEqual(["0.03", "0.17"])
  })

  it("prices a zero-decimal currency (JPY)", () => {
    const bundle = priceBundle({ lines: [line("a", 999), line("b", "1001")], discount: percent(15), precision: 0, bundleQuantity: 1 })

    // 2000 at 15% = 300; ideal 149.85 and 150.15 → floors 299, the yen left goes to .85.
    expect(byKey(bundle)).toEqual({ a: ["999", "849", "849"], b: ["1001", "851", "851"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["2000", "300", "1700"])
  })

  it("prices a three-decimal currency (KWD)", () => {
    const bundle = priceBundle({ lines: [line("a", "1.005"), line("b", 2.25)], discount: percent(10), precision: 3, bundleQuantity: 1 })

    // 3.255 at 10% = 0.3255 → 0.326; ideal 100.65 and 225.35 fils → floors 325, the fils left goes to .65.
    expect(byKey(bundle)).toEqual({ a: ["1.005", "0.904", "0.904"], b: ["2.250", "2.025", "2.025"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["3.255", "0.326", "2.929"])
  })

  it("rounds input amounts with more decimals than the precision half-up", () => {
    // 1.005 as a double is 1.00499999999999989..., but it is read as the decimal it was written as.
    const bundle = priceBundle({
      lines: [line("a", 1.005), line("b", "0.125"), line("c", "2.994999"), line("d", "999.5")],
      discount: fixed("0.004"),
      precision: 2,
      bundleQuantity: 1,
    })
    expect(bundle.lines.map((l) => l.unit_price)).toEqual(["1.01", "0.13", "2.99", "999.50"])
    expect(bundle.discount_total).toBe("0.00")

    const yen = priceBundle({ lines: [line("a", "999.5"), line("b", 1e-7)], discount: percent(0), precision: 0, bundleQuantity: 1 })
    expect(yen.lines.map((l) => l.unit_price)).toEqual(["1000", "0"])
  })

  it("gives a line with quantity > 1 a per-unit price", () => {
    const bundle = priceBundle({
      lines: [line("serum", "9.99", 2), line("cream", "4.99")],
      discount: fixed(1),
      precision: 2,
      bundleQuantity: 1,
    })

    // 24.97 subtotal, 100 cents off: ideal per unit 40.008 (serum) and 19.98 (cream) → floors 2×40 + 19 = 99,
    // the cent left goes to the cream's larger remainder. 2 × 9.59 + 4.79 = 23.97.
    expect(byKey(bundle)).toEqual({ serum: ["9.99", "9.59", "19.18"], cream: ["4.99", "4.79", "4.79"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["24.97", "1.00", "23.97"])
  })

  it("prefers an exact split to the largest remainder when quantities force it", () => {
    const bundle = priceBundle({ lines: [line("pair", "1.00", 2), line("single", "0.50")], discount: fixed("0.04"), precision: 2, bundleQuantity: 1 })

    // 4 cents: ideal 1.6 per pair unit and 0.8 for the single → floors take 2, 2 left. The single has the larger
    // remainder, but after its cent one would be left that only the ×2 line could take; the pair takes both, exactly.
    expect(byKey(bundle)).toEqual({ pair: ["1.00", "0.98", "1.96"], single: ["0.50", "0.50", "0.50"] })
    expect(bundle.discount_total).toBe("0.04")
  })

  it("rounds the discount up when the leftover cannot be split per unit", () => {
    // One ×3 line and one euro off: 33.33 cents a unit. 99 or 102 cents are possible, not 100: the shopper gets
    // the 2 extra cents rather than paying more than promised.
    const bundle = priceBundle({ lines: [line("trio", "10.00", 3)], discount: fixed("1.00"), precision: 2, bundleQuantity: 2 })
    expect(byKey(bundle)).toEqual({ trio: ["10.00", "9.66", "57.96"] })
    expect([bundle.subtotal, bundle.discount_total, bundle.total]).toEqual(["60.00", "2.04", "57.96"])

    // Two ×2 lines and an odd cent left: 10% of 2 × 1.01 + 2 × 1.02 = 4.06 is 0.406 → 0.41; ideal 10.2 and 10.3
    // cents a unit → floors take 40, and the last cent costs 2: the larger remainder (b) rounds up, 0.42 off.
    const pairs = priceBundle({ lines: [line("a", "1.01", 2), line("b", "1.02", 2)], discount: percent(10), precision: 2, bundleQuantity: 1 })
    expect(pairs.lines.map((l) => l.discounted_unit_price)).toEqual(["0.91", "0.91"])
    expect([pairs.subtotal, pairs.discount_total, pairs.total]).toEqual(["4.06", "0.42", "3.64"])
  })

  it("prices free lines and an all-free bundle", () => {
    const bundle = priceBundle({ lines: [line("sample", 0), line("cream", "10.00")], discount: percent(50), precision: 2, bundleQuantity: 1 })
    expect(byKey(bundle)).toEqual({ sample: ["0.00", "0.00", "0.00"], cream: ["10.00", "5.00", "5.00"] })

    const free = priceBundle({ lines: [line("sample", "0")], discount: fixed(5), precision: 2, bundleQuantity: 4 })
    expect([free.subtotal, free.discount_total, free.total]).toEqual(["0.00", "0.00", "0.00"])
  })

  describe("rejects bad input with a clear message", () => {
    const valid = { lines: [line("a", "1.00")], discount: percent(10), precision: 2, bundleQuantity: 1 }
    const cases: [string, object, RegExp][] = [
      ["a negative price", { lines: [line("a", "-1.00")] }, /unit_price of line "a" must not be negative, got -1.00/],
      ["a negative number price", { lines: [line("a", -0.5)] }, /unit_price of line "a" must not be negative/],
      ["a non-numeric price", { lines: [line("a", "abc")] }, /unit_price of line "a" must be a decimal number, got "abc"/],
      ["an empty price", { lines: [line("a", "")] }, /unit_price of line "a" must be a decimal number/],
      ["a NaN price", { lines: [line("a", NaN)] }, /must be a decimal number, got NaN/],
      ["an infinite price", { lines: [line("a", Infinity)] }, /must be a decimal number, got Infinity/],
      ["a price with spaces", { lines: [line("a", " 1.00")] }, /must be a decimal number/],
      ["a zero quantity", { lines: [line("a", "1.00", 0)] }, /quantity of line "a" must be an integer from 1/],
      ["a fractional quantity", { lines: [line("a", "1.00", 1.5)] }, /quantity of line "a" must be an integer/],
      ["a zero bundle quantity", { bundleQuantity: 0 }, /bundleQuantity must be an integer from 1/],
      ["a fractional bundle quantity", { bundleQuantity: 2.5 }, /bundleQuantity must be an integer/],
      ["a negative precision", { precision: -1 }, /precision must be an integer from 0 to 20/],
      ["a fractional precision", { precision: 1.5 }, /precision must be an integer/],
      ["a percentage above 100", { discount: percent("100.01") }, /discount.value must be a percentage from 0 to 100/],
      ["a negative percentage", { discount: percent(-5) }, /discount.value must not be negative/],
      ["a non-numeric percentage", { discount: percent("ten") }, /discount.value must be a decimal number/],
      ["a negative fixed amount", { discount: fixed("-2") }, /discount.amount must not be negative/],
      ["an unknown discount type", { discount: { type: "bogo" } }, /discount.type is not a kind of discount: {"type":"bogo"}/],
      ["no lines", { lines: [] }, /a bundle needs at least one line/],
      ["duplicate keys", { lines: [line("a", 1), line("a", 2)] }, /line key "a" appears more than once/],
    ]

    it.each(cases)("%s", (_name, override, message) => {
      const run = () => priceBundle({ ...valid, ...override } as Parameters<typeof priceBundle>[0])
      expect(run).toThrow(BundlePricingError)
      expect(run).toThrow(message)
    })
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Properties. Prices are generated in minor units and handed over as numbers or strings; the checks below
// recompute everything from those integers.

type Case = {
  precision: number
  lines: { minor: number; quantity: number; asNumber: boolean }[]
  discount:
    | { type: "percentage"; hundredths: number; asNumber: boolean }
    | { type: "fixed" | "set_price"; minor: number; asNumber: boolean }
    | { type: "cheapest_line_free" }
  bundleQuantity: number
}

const decimalString = (minor: number, precision: number) => (minor / 10 ** precision).toFixed(precision)
const amount = (minor: number, precision: number, asNumber: boolean) =>
  asNumber ? Number(decimalString(minor, precision)) : decimalString(minor, precision)

const caseArb: fc.Arbitrary<Case> = fc.record({
  precision: fc.constantFrom(0, 2, 3),
  lines: fc.array(
    fc.record({
      // Small prices make remainders and caps common; large ones check nothing overflows.
      minor: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 50_000_000 })),
      quantity: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 6 })),
      asNumber: fc.boolean(),
    }),
    { minLength: 1, maxLength: 7 }
  ),
  discount: fc.oneof(
    fc.record({
      type: fc.constant("percentage" as const),
      hundredths: fc.oneof(fc.constantFrom(0, 1500, 10000), fc.integer({ min: 0, max: 10000 })),
      asNumber: fc.boolean(),
    }),
    fc.record({
      type: fc.constantFrom("fixed" as const, "set_price" as const),
      minor: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 400_000_000 })),
      asNumber: fc.boolean(),
    }),
    fc.constant({ type: "cheapest_line_free" as const })
  ),
  bundleQuantity: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 50 })),
})

const toInput = (c: Case, bundleQuantity = c.bundleQuantity, forceStrings = false) => ({
  precision: c.precision,
  bundleQuantity,
  lines: c.lines.map((l, i) => line(`line-${i}`, amount(l.minor, c.precision, l.asNumber && !forceStrings), l.quantity)),
  discount: discountOf(c.discount, c.precision, forceStrings),
})

const discountOf = (d: Case["discount"], precision: number, forceStrings: boolean): BundleDiscount => {
  switch (d.type) {
    case "percentage":
      return percent(d.asNumber && !forceStrings ? d.hundredths / 100 : (d.hundredths / 100).toFixed(2))
    case "fixed":
      return fixed(amount(d.minor, precision, d.asNumber && !forceStrings))
    case "set_price":
      return setPrice(amount(d.minor, precision, d.asNumber && !forceStrings))
    case "cheapest_line_free":
      return cheapestFree
  }
}

const minor = (value: string) => BigInt(value.replace(".", ""))

const promisedDiscount = (c: Case, subtotal: bigint): bigint => {
  const d = c.discount
  switch (d.type) {
    case "percentage":
      return (2n * subtotal * BigInt(d.hundredths) + 10000n) / 20000n
    case "fixed":
      return BigInt(Math.min(d.minor, Number(subtotal)))
    case "set_price":
      // A set price never raises the price: nothing off when the subtotal is lower.
      return subtotal > BigInt(d.minor) ? subtotal - BigInt(d.minor) : 0n
    case "cheapest_line_free":
      return c.lines.reduce((least, l) => {
        const total = BigInt(l.minor) * BigInt(l.quantity)
        return least === null || total < least ? total : least
      }, null as bigint | null)!
  }
}

/** One-bundle subtotal and the discount the rules promise, before any per-unit rounding. */
const expected = (c: Case) => {
  const subtotal = c.lines.reduce((sum, l) => sum + BigInt(l.minor) * BigInt(l.quantity), 0n)
  return { subtotal, discount: promisedDiscount(c, subtotal) }
}

const unitDiscounts = (c: Case, bundle: PricedBundle) => bundle.lines.map((l) => minor(l.unit_price) - minor(l.discounted_unit_price))

const RUNS = { numRuns: 1000 }

describe("priceBundle properties", () => {
  it("formats every amount with exactly `precision` decimals", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const bundle = priceBundle(toInput(c))
        const shape = c.precision === 0 ? /^\d+$/ : new RegExp(`^\\d+\\.\\d{${c.precision}}$`)
        const amounts = [bundle.subtotal, bundle.discount_total, bundle.total].concat(
          ...bundle.lines.map((l) => [l.unit_price, l.discounted_unit_price, l.subtotal, l.discount_total, l.total])
        )
        amounts.forEach((a) => expect(a).toMatch(shape))
        expect(bundle.lines.map((l) => minor(l.unit_price))).toEqual(c.lines.map((l) => BigInt(l.minor)))
      }),
      RUNS
    )
  })

  it("charges exactly the one-bundle subtotal minus the discount, within each unit's price", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const bundle = priceBundle(toInput(c, 1))
        const { subtotal } = expected(c)
        const paid = bundle.lines.reduce((sum, l) => sum + minor(l.discounted_unit_price) * BigInt(l.quantity), 0n)

        expect(minor(bundle.subtotal)).toBe(subtotal)
        expect(paid).toBe(subtotal - minor(bundle.discount_total))
        expect(minor(bundle.total)).toBe(paid)
        bundle.lines.forEach((l) => {
          expect(minor(l.discounted_unit_price)).toBeGreaterThanOrEqual(0n)
          expect(minor(l.discounted_unit_price)).toBeLessThanOrEqual(minor(l.unit_price))
        })
      }),
      RUNS
    )
  })

  it("applies the promised discount, rounded up only as far as per-unit prices force it", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const bundle = priceBundle(toInput(c, 1))
        const { subtotal, discount } = expected(c)
        const given = minor(bundle.discount_total)
        const largestQuantity = BigInt(Math.max(...c.lines.map((l) => l.quantity)))

        expect(given).toBeGreaterThanOrEqual(discount)
        expect(given - discount).toBeLessThan(largestQuantity)
        if (largestQuantity === 1n) expect(given).toBe(discount)

        // Each per-unit discount is its ideal share discount × unit / subtotal rounded down or up ...
        const perUnit = unitDiscounts(c, bundle)
        perUnit.forEach((k, i) => {
          const ideal = discount * BigInt(c.lines[i].minor)
          const distance = k * subtotal - ideal
          expect(distance < 0n ? -distance : distance).toBeLessThan(subtotal === 0n ? 1n : subtotal)
        })

        // ... and among all such floor/ceil choices, none reaches the promised discount with less.
        const options = c.lines.map((l) => {
          const ideal = discount * BigInt(l.minor)
          const floor = subtotal === 0n ? 0n : ideal / subtotal
          return subtotal !== 0n && ideal % subtotal !== 0n ? [floor, floor + 1n] : [floor]
        })
        const reachable = options.reduce<bigint[]>(
          (sums, choices, i) => sums.flatMap((s) => choices.map((k) => s + k * BigInt(c.lines[i].quantity))),
          [0n]
        )
        const best = reachable.filter((s) => s >= discount).reduce((a, b) => (b < a ? b : a))
        expect(given).toBe(best)
      }),
      RUNS
    )
  })

  it("hands leftover units to the largest remainders, then the larger line, then input order", () => {
    const singles = caseArb.map((c) => ({ ...c, lines: c.lines.map((l) => ({ ...l, quantity: 1 })) }))
    fc.assert(
      fc.property(singles, (c) => {
        const bundle = priceBundle(toInput(c, 1))
        const { subtotal, discount } = expected(c)
        if (subtotal === 0n) return

        const ranked = c.lines
          .map((l, index) => ({ index, unit: BigInt(l.minor), remainder: (discount * BigInt(l.minor)) % subtotal }))
          .sort((a, b) =>
            a.remainder !== b.remainder ? (a.remainder > b.remainder ? -1 : 1) : a.unit !== b.unit ? (a.unit > b.unit ? -1 : 1) : a.index - b.index
          )
        const floors = c.lines.reduce((sum, l) => sum + (discount * BigInt(l.minor)) / subtotal, 0n)
        const roundedUp = new Set(ranked.slice(0, Number(discount - floors)).map((r) => r.index))

        unitDiscounts(c, bundle).forEach((k, i) => {
          expect(k).toBe((discount * BigInt(c.lines[i].minor)) / subtotal + (roundedUp.has(i) ? 1n : 0n))
        })
      }),
      RUNS
    )
  })

  it("charges q bundles exactly q times one bundle, at the same unit prices", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const q = BigInt(c.bundleQuantity)
        const one = priceBundle(toInput(c, 1))
        const many = priceBundle(toInput(c))

        expect(many.bundle_quantity).toBe(c.bundleQuantity)
        for (const field of ["subtotal", "discount_total", "total"] as const) {
          expect(minor(many[field])).toBe(q * minor(one[field]))
          expect(many.lines.reduce((sum, l) => sum + minor(l[field]), 0n)).toBe(minor(many[field]))
        }
        many.lines.forEach((l, i) => {
          const units = BigInt(l.quantity) * q
          expect(l.discounted_unit_price).toBe(one.lines[i].discounted_unit_price)
          expect(minor(l.subtotal)).toBe(minor(l.unit_price) * units)
          expect(minor(l.total)).toBe(minor(l.discounted_unit_price) * units)
          expect(minor(l.discount_total)).toBe(minor(l.subtotal) - minor(l.total))
        })
        expect(minor(many.subtotal) - minor(many.discount_total)).toBe(minor(many.total))
      }),
      RUNS
    )
  })

  it("gives the same prices for the same input, whether amounts come as numbers or strings", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const first = priceBundle(toInput(c))
        expect(priceBundle(toInput(c))).toEqual(first)
        expect(priceBundle(toInput(c, c.bundleQuantity, true))).toEqual(first)
      }),
      RUNS
    )
  })

  it("rounds input digits beyond the precision half-up", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 2, 3), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1_000_000_000 }), (precision, extra, scaled) => {
        const written = (scaled / 10 ** (precision + extra)).toFixed(precision + extra)
        const bundle = priceBundle({ lines: [line("a", written)], discount: percent(0), precision, bundleQuantity: 1 })
        expect(minor(bundle.lines[0].unit_price)).toBe(BigInt(Math.round(scaled / 10 ** extra)))
      }),
      RUNS
    )
  })
})

describe("priceBundle with a subscription's extra percentage", () => {
  /** A subscription's percentage off the offer: 0..99.99 % (a routine's stays below 100). */
  const extraArb = fc.oneof(fc.constantFrom(0, 500, 1000), fc.integer({ min: 0, max: 9999 }))
  const withExtra = (c: Case, hundredths: number, bundleQuantity = c.bundleQuantity) => ({
    ...toInput(c, bundleQuantity),
    extraPercentage: (hundredths / 100).toFixed(2),
  })

  it("prices the demo routine at 15 % then 10 % more for subscribers, to the cent", () => {
    const lines = [line("a", 14.9), line("b", 24.9), line("c", 29.9), line("d", 22.9), line("e", 19.9)]
    const once = priceBundle({ lines, discount: percent(15), precision: 2, bundleQuantity: 1 })
    const subscribed = priceBundle({ lines, discount: percent(15), precision: 2, bundleQuantity: 1, extraPercentage: 10 })

    // 95.62 after 15 %; 10 % of it is 9.562, half-up 9.56: 86.06 per refill.
    expect([once.total, subscribed.total, subscribed.discount_total]).toEqual(["95.62", "86.06", "26.44"])
    expect(subscribed.lines.reduce((sum, l) => sum + minor(l.total), 0n)).toBe(8606n)
  })

  it("keeps a free line at 0 and takes the extra off the others", () => {
    const bundle = priceBundle({
      lines: [line("free", "0"), line("paid", "20.00")],
      discount: percent(10),
      precision: 2,
      bundleQuantity: 1,
      extraPercentage: "12.5",
    })
    // 18.00 after 10 %; 12.5 % of it is 2.25.
    expect(byKey(bundle)).toEqual({ free: ["0.00", "0.00", "0.00"], paid: ["20.00", "15.75", "15.75"] })
  })

  it("refuses an extra percentage above 100", () => {
    expect(() =>
      priceBundle({ lines: [line("a", 10)], discount: percent(0), precision: 2, bundleQuantity: 1, extraPercentage: 100.5 })
    ).toThrow(new BundlePricingError("extraPercentage must be a percentage from 0 to 100, got 100.5"))
  })

  it("prices exactly as the offer alone at 0 %", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        expect(priceBundle(withExtra(c, 0))).toEqual(priceBundle(toInput(c)))
      }),
      RUNS
    )
  })

  it("adds up: the lines' totals are the bundle's, every line between 0 and its offer price", () => {
    fc.assert(
      fc.property(caseArb, extraArb, (c, hundredths) => {
        const once = priceBundle(toInput(c, 1))
        const bundle = priceBundle(withExtra(c, hundredths, 1))
        const paid = bundle.lines.reduce((sum, l) => sum + minor(l.discounted_unit_price) * BigInt(l.quantity), 0n)

        expect(minor(bundle.subtotal)).toBe(minor(once.subtotal))
        expect(paid).toBe(minor(bundle.subtotal) - minor(bundle.discount_total))
        expect(minor(bundle.total)).toBe(paid)
        for (const field of ["subtotal", "discount_total", "total"] as const) {
          expect(bundle.lines.reduce((sum, l) => sum + minor(l[field]), 0n)).toBe(minor(bundle[field]))
        }
        bundle.lines.forEach((l, i) => {
          expect(minor(l.discounted_unit_price)).toBeGreaterThanOrEqual(0n)
          expect(minor(l.discounted_unit_price)).toBeLessThanOrEqual(minor(once.lines[i].discounted_unit_price))
        })
      }),
      RUNS
    )
  })

  it("takes the promised extra off the offer's price, rounded up only as far as per-unit prices force it", () => {
    fc.assert(
      fc.property(caseArb, extraArb, (c, hundredths) => {
        const once = minor(priceBundle(toInput(c, 1)).total)
        const subscribed = minor(priceBundle(withExtra(c, hundredths, 1)).total)
        const promised = (2n * once * BigInt(hundredths) + 10000n) / 20000n
        const largestQuantity = BigInt(Math.max(...c.lines.map((l) => l.quantity)))

        expect(once - subscribed).toBeGreaterThanOrEqual(promised)
        expect(once - subscribed - promised).toBeLessThan(largestQuantity)
      }),
      RUNS
    )
  })

  it("charges q subscribed bundles exactly q times one", () => {
    fc.assert(
      fc.property(caseArb, extraArb, (c, hundredths) => {
        const one = priceBundle(withExtra(c, hundredths, 1))
        const many = priceBundle(withExtra(c, hundredths))
        for (const field of ["subtotal", "discount_total", "total"] as const) {
          expect(minor(many[field])).toBe(BigInt(c.bundleQuantity) * minor(one[field]))
        }
        expect(many.lines.map((l) => l.discounted_unit_price)).toEqual(one.lines.map((l) => l.discounted_unit_price))
      }),
      RUNS
    )
  })
})
