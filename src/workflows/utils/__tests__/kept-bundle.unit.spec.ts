import type { BundleItemRecord, BundleRecord } from "../cart-bundle-state"
import { keptBundle } from "../kept-bundle"
import { repriceCreditLine, type OrderBundleState } from "../order-bundle-state"

const PRICES = [10, 20, 30, 40, 50]

/** A five-step bundle sold at 15 % (tiers 5 % from 3 steps, 10 % from 4, 15 % from 5; fewest steps 3). */
const bundle = (quantity = 1, overrides: Partial<BundleRecord> = {}): BundleRecord => ({
  id: "rbndl_1",
  cart_id: "cart_1",
  routine_id: "rtn_1",
  currency_code: "eur",
  quantity,
  terms: {
    discount_type: "percentage",
    discount_value: 15,
    discount_amounts: {},
    promotion_policy: "combine",
    tier: { min_steps: 5, percentage: 15 },
    tiers: [
      { min_steps: 3, percentage: 5 },
      { min_steps: 4, percentage: 10 },
      { min_steps: 5, percentage: 15 },
    ],
    min_steps: 3,
  },
  discount_source: "bundle",
  symptom_ids: [],
  subscription_interval_weeks: null,
  subtotal: 150 * quantity,
  discount_total: 22.5 * quantity,
  total: 127.5 * quantity,
  items: PRICES.map(
    (price, i): BundleItemRecord => ({
      id: `item_${i + 1}`,
      line_item_id: null,
      care_step_id: `step_${i + 1}`,
      step_position: i + 1,
      step_handle: `step-${i + 1}`,
      step_title: `Step ${i + 1}`,
      product_id: `prod_${i + 1}`,
      product_title: `Product ${i + 1}`,
      variant_id: `variant_${i + 1}`,
      reason: "default",
      symptom_ids: [],
      quantity: 1,
      unit_price: price,
      discounted_unit_price: price * 0.85,
      is_tax_inclusive: false,
    })
  ),
  ...overrides,
})

/** Every item kept `units` times, except those given. */
const keeping = (units: number, except: Record<number, number> = {}) =>
  Object.fromEntries(PRICES.map((_, i) => [`item_${i + 1}`, except[i + 1] ?? units]))

describe("keptBundle: what a shopper keeping part of a bundle pays", () => {
  it("keep_discount: the kept items at their bundle prices, nothing more", () => {
    expect(keptBundle(bundle(), keeping(1, { 5: 0 }), "keep_discount", 2)).toEqual({ kept_total: 85, reprice_amount: 0 })
  })

  it("reprice_kept: four steps kept are priced at the four-step tier", () => {
    // 10 + 20 + 30 + 40 = 100 at 10 % is 90; paid 85 for them.
    expect(keptBundle(bundle(), keeping(1, { 5: 0 }), "reprice_kept", 2)).toEqual({ kept_total: 85, reprice_amount: 5 })
  })

  it("reprice_kept: three steps at the lowest tier, two steps (below the fewest) at regular prices", () => {
    expect(keptBundle(bundle(), keeping(1, { 4: 0, 5: 0 }), "reprice_kept", 2).reprice_amount).toEqual(57 - 51)
    expect(keptBundle(bundle(), keeping(1, { 3: 0, 4: 0, 5: 0 }), "reprice_kept", 2).reprice_amount).toEqual(30 - 25.5)
  })

  it("reprice_kept: everything kept or everything returned costs nothing more", () => {
    expect(keptBundle(bundle(), keeping(1), "reprice_kept", 2)).toEqual({ kept_total: 127.5, reprice_amount: 0 })
    expect(keptBundle(bundle(), keeping(0), "reprice_kept", 2)).toEqual({ kept_total: 0, reprice_amount: 0 })
  })

  it("reprice_kept: of two bundles missing one item, one stays whole and one is priced for its four steps", () => {
    expect(keptBundle(bundle(2), keeping(2, { 5: 1 }), "reprice_kept", 2)).toEqual({ kept_total: 212.5, reprice_amount: 5 })
  })

  it("reprice_kept: a bundle that got the cart's promotions instead of its discount is at regular prices already", () => {
    const promoted = bundle(1, { discount_source: "promotion" })
    expect(keptBundle(promoted, keeping(1, { 5: 0 }), "reprice_kept", 2).reprice_amount).toEqual(0)
  })

  it("reprice_kept: terms recorded before tiers were kept on them keep their discount", () => {
    const older = bundle()
    const { tiers: _tiers, min_steps: _min, ...terms } = older.terms
    expect(keptBundle({ ...older, terms }, keeping(1, { 5: 0 }), "reprice_kept", 2).reprice_amount).toEqual(0)
  })

  it("reprice_kept: a fixed discount still applies in full to the steps kept above the fewest", () => {
    const fixed = bundle(1, {
      terms: { discount_type: "fixed", discount_value: 0, discount_amounts: { eur: 15 }, tiers: [], min_steps: 3 },
    })
    const paidForKept = { ...fixed, items: fixed.items.map((i) => ({ ...i, discounted_unit_price: i.unit_price * 0.9 })) }
    // Kept 10 + 20 + 30 + 40 = 100, paid 90 for them; 15 off four steps is 85: nothing more to pay.
    expect(keptBundle(paidForKept, keeping(1, { 5: 0 }), "reprice_kept", 2).reprice_amount).toEqual(0)
  })
})

describe("repriceCreditLine: the part of a refund a re-priced partial return keeps", () => {
  /** The bundle above with item 5 returned: 5 more to pay for the four kept. */
  const state = (pending_difference: number, repriced = 0, gone: "returned" | "written_off" = "returned"): OrderBundleState => {
    const b = bundle()
    return {
      order_id: "order_1",
      cart_id: "cart_1",
      precision: 2,
      pending_difference,
      repriced,
      lines: b.items.map((item, i) => ({
        id: `line_${i + 1}`,
        variant_id: item.variant_id,
        quantity: 1,
        unit_price: item.discounted_unit_price,
        return_requested_quantity: 0,
        return_received_quantity: i === 4 && gone === "returned" ? 1 : 0,
        written_off_quantity: i === 4 && gone === "written_off" ? 1 : 0,
      })),
      bundles: [{ ...b, items: b.items.map((item, i) => ({ ...item, order_line_item_id: `line_${i + 1}` })) }],
    }
  }

  it("takes the re-pricing off the refund due", () => {
    expect(repriceCreditLine(state(-42.5))).toEqual({ amount: -5, reference: "routine_bundle_reprice", reference_id: "order_1" })
  })

  it("counts a unit a claim wrote off as not kept, like a returned one", () => {
    expect(repriceCreditLine(state(-42.5, 0, "written_off"))).toEqual(repriceCreditLine(state(-42.5)))
  })

  it("never takes more than the refund still due, and nothing once it was paid", () => {
    expect(repriceCreditLine(state(-3))?.amount).toEqual(-3)
    expect(repriceCreditLine(state(0))).toBeNull()
  })

  it("adds only what earlier credit lines did not take", () => {
    expect(repriceCreditLine(state(-40, 2))?.amount).toEqual(-3)
    expect(repriceCreditLine(state(-37.5, 5))).toBeNull()
  })
})
