import fc from "fast-check"
import { invariantViolations } from "../bundle-cart-check"
import type { BundleContext } from "../bundle-context"
import type { BundleTerms } from "../bundle-terms"
import { emptyPlan, isEmptyPlan, offerRequests, planRefresh, planRemove, type CartBundlePlan } from "../cart-bundle-plan"
import type { BundleRecord, CartBundleState, CartLine } from "../cart-bundle-state"
import { offerKey, type VariantOffer } from "../variant-offers"

const context: BundleContext = {
  region_id: "reg_eur",
  currency_code: "eur",
  precision: 2,
  sales_channel_id: "sc",
  pricing: { region_id: "reg_eur", currency_code: "eur" },
  customer_group_ids: [],
  fingerprint: "f",
}
const FIFTEEN: BundleTerms = { discount_type: "percentage", discount_value: 15, discount_amounts: {} }
const COMBINE = { default_policy: "combine" as const }

/** Regular prices (cents) of the variants the tests use. */
const PRICES: Record<string, number> = { v_milk: 1490, v_serum: 2490, v_salve: 2990, v_cream: 2290, v_capsule: 1990 }

const offersFor = (state: CartBundleState, prices = PRICES, unsellable: string[] = []) =>
  Object.fromEntries(
    offerRequests(state).map((r): [string, VariantOffer] => [
      offerKey(r),
      {
        variant_id: r.variant_id,
        sellable: !unsellable.includes(r.variant_id) && prices[r.variant_id] !== undefined,
        unit_price: prices[r.variant_id] === undefined ? null : String(prices[r.variant_id] / 100),
        compare_at_unit_price: prices[r.variant_id] === undefined ? null : String(prices[r.variant_id] / 100),
        is_tax_inclusive: false,
        discountable: true,
      },
    ])
  )

/** A bundle of these variants at 15 % off, recorded with its lines as the plugin adds it. */
const bundleOf = (id: string, variants: string[], quantity = 1): { record: BundleRecord; lines: CartLine[] } => {
  const state: CartBundleState = { cart_id: "cart", completed: false, lines: [], bundles: [], promo_codes: [], context }
  const record: BundleRecord = {
    id,
    cart_id: "cart",
    routine_id: "rtn",
    currency_code: "eur",
    quantity,
    terms: FIFTEEN,
    discount_source: "bundle",
    symptom_ids: [],
    subscription_interval_weeks: null,
    subtotal: 0,
    discount_total: 0,
    total: 0,
    items: variants.map((variant, i) => ({
      id: `${id}_item_${i}`,
      line_item_id: `${id}_line_${i}`,
      care_step_id: `step_${i}`,
      step_position: i + 1,
      step_handle: `step-${i}`,
      step_title: `Step ${i}`,
      product_id: `prod_${variant}`,
      product_title: variant,
      variant_id: variant,
      reason: "default",
      symptom_ids: [],
      quantity: 1,
      unit_price: 0,
      discounted_unit_price: 0,
      is_tax_inclusive: false,
    })),
  }
  // Priced by the planner itself: a refresh of a bundle with no prices yet.
  const priced = planRefresh({ ...state, bundles: [record], lines: [] }, offersFor({ ...state, bundles: [record] }), {
    ...COMBINE,
    rebuild_missing: true,
  }).bundle_writes[0]
  const items = priced.items.map((item, i) => ({ ...item, id: record.items[i].id, line_item_id: record.items[i].line_item_id }))
  return {
    record: { ...priced, items },
    lines: items.map((item) => ({
      id: item.line_item_id!,
      variant_id: item.variant_id,
      product_id: item.product_id,
      quantity: item.quantity * quantity,
      unit_price: item.discounted_unit_price,
      compare_at_unit_price: item.unit_price,
      is_custom_price: true,
      is_tax_inclusive: false,
      is_discountable: true,
      adjustments: [],
    })),
  }
}

const stateOf = (bundles: { record: BundleRecord; lines: CartLine[] }[], extra: CartLine[] = []): CartBundleState => ({
  cart_id: "cart",
  completed: false,
  lines: [...bundles.flatMap((b) => b.lines), ...extra],
  bundles: bundles.map((b) => b.record),
  promo_codes: [],
  context,
})

/** What the cart and the records look like after a plan, as the apply workflow writes it. */
const applied = (state: CartBundleState, plan: CartBundlePlan): CartBundleState => {
  let next = 0
  const lines = state.lines
    .filter((l) => !plan.line_deletes.includes(l.id))
    .map((l) => {
      const update = plan.line_updates.find((u) => u.id === l.id)
      return update ? { ...l, ...update.data } : l
    })
  const added = plan.line_adds.map((add) => ({
    line: {
      id: `new_${next++}`,
      variant_id: add.variant_id,
      product_id: null,
      quantity: add.quantity,
      unit_price: add.unit_price,
      compare_at_unit_price: add.compare_at_unit_price,
      is_custom_price: true,
      is_tax_inclusive: add.is_tax_inclusive,
      is_discountable: add.is_discountable ?? true,
      adjustments: [],
    },
    add,
  }))
  const removed = new Set(plan.bundle_removals.map((r) => r.id))
  const bundles = [
    ...state.bundles.filter((b) => !removed.has(b.id) && !plan.bundle_writes.some((w) => w.id === b.id)),
    ...plan.bundle_writes.map(({ created: _created, ...write }) => ({
      ...write,
      items: write.items.map((item, i) => ({
        ...item,
        id: item.id ?? `${write.id}_new_${i}`,
        line_item_id:
          item.line_item_id ??
          added.find((a) => a.add.bundle_id === write.id && a.add.care_step_id === item.care_step_id)!.line.id,
      })),
    })),
  ]
  return { ...state, lines: [...lines, ...added.map((a) => a.line)], bundles }
}

const cents = (n: number) => Math.round(n * 100)
const lineTotal = (l: CartLine) => cents(l.unit_price) * l.quantity

describe("the cart rules (planRefresh and friends)", () => {
  const routine = ["v_milk", "v_serum", "v_salve", "v_cream", "v_capsule"]

  it("prices a bundle exactly: 112.50 at 15 % off is 95.62, split over the lines to the cent", () => {
    const { record, lines } = bundleOf("b1", routine)
    expect([record.subtotal, record.discount_total, record.total]).toEqual([112.5, 16.88, 95.62])
    expect(lines.reduce((sum, l) => sum + lineTotal(l), 0)).toEqual(9562)
  })

  it("leaves an honest cart as it is", () => {
    const state = stateOf([bundleOf("b1", routine), bundleOf("b2", routine, 3)])
    expect(isEmptyPlan(planRefresh(state, offersFor(state), COMBINE))).toBe(true)
    expect(invariantViolations({ currency_code: "eur", lines: state.lines }, state.bundles, "combine")).toEqual([])
  })

  it("judges promotions by the adjustments on a bundle's lines, whatever made them, under each policy", () => {
    const b1 = bundleOf("b1", routine)
    const adjusted = b1.lines.map((l, i) => (i === 0 ? { ...l, adjustments: [{ id: "adj", amount: 12.67, code: "BUYGET" }] } : l))
    const check = (policy: "combine" | "exclusive" | "best_of", source: "bundle" | "promotion" = "bundle", defaultPolicy = policy) =>
      invariantViolations(
        { currency_code: "eur", lines: adjusted },
        [{ ...b1.record, discount_source: source, terms: { ...b1.record.terms, promotion_policy: policy } }],
        defaultPolicy
      )
    expect(check("combine")).toEqual([])
    expect(check("best_of", "promotion")).toEqual([])
    expect(check("exclusive")).toEqual([
      `bundle b1, step "${b1.record.items[0].step_handle}": line ${b1.lines[0].id} has 12.67 off from promotions (BUYGET), which its bundle's policy exclusive does not allow`,
    ])
    expect(check("best_of")).toHaveLength(1)
    // A bundle without its own policy follows the store's default.
    const inherits = { ...b1.record, terms: { ...b1.record.terms, promotion_policy: undefined } }
    expect(invariantViolations({ currency_code: "eur", lines: adjusted }, [inherits], "exclusive")).toHaveLength(1)
    expect(invariantViolations({ currency_code: "eur", lines: adjusted }, [inherits], "combine")).toEqual([])
    // An adjustment of nothing takes nothing.
    const zero = b1.lines.map((l) => ({ ...l, adjustments: [{ id: "z", amount: 0, code: "ZERO" }] }))
    expect(invariantViolations({ currency_code: "eur", lines: zero }, [{ ...b1.record, terms: { ...b1.record.terms, promotion_policy: "exclusive" } }], "combine")).toEqual([])
  })

  it("dissolves a bundle whose line quantity changed: the change stays, every line goes back to its regular price", () => {
    const b1 = bundleOf("b1", routine)
    const b2 = bundleOf("b2", routine)
    b1.lines[0] = { ...b1.lines[0], quantity: 4 }
    const state = stateOf([b1, b2])
    const plan = planRefresh(state, offersFor(state), COMBINE)
    expect(plan.bundle_removals).toEqual([{ id: "b1", reason: "line_changed" }])
    expect(plan.line_updates.map((u) => [u.id, u.data.unit_price, u.data.is_custom_price])).toEqual(
      b1.lines.map((l, i) => [l.id, PRICES[routine[i]] / 100, false])
    )
    const after = applied(state, plan)
    expect(after.lines.find((l) => l.id === b1.lines[0].id)).toMatchObject({ quantity: 4, unit_price: 14.9 })
    expect(after.bundles.map((b) => b.id)).toEqual(["b2"])
  })

  it("dissolves a bundle whose line was deleted", () => {
    const b1 = bundleOf("b1", routine)
    const state = stateOf([{ ...b1, lines: b1.lines.slice(1) }])
    expect(planRefresh(state, offersFor(state), COMBINE).bundle_removals).toEqual([{ id: "b1", reason: "line_removed" }])
  })

  it("after a region change, re-creates the deleted lines of every bundle instead, keeping the ids", () => {
    const b1 = bundleOf("b1", routine)
    const state = stateOf([{ ...b1, lines: [] }])
    const plan = planRefresh(state, offersFor(state), { ...COMBINE, rebuild_missing: true })
    expect(plan.bundle_removals).toEqual([])
    expect(plan.line_adds).toHaveLength(5)
    expect(plan.bundle_writes.map((w) => [w.id, w.created, w.total])).toEqual([["b1", false, 95.62]])
  })

  it("ends a bundle with a product that can no longer be sold: that line leaves the cart, the others go back to regular", () => {
    const state = stateOf([bundleOf("b1", routine)])
    const plan = planRefresh(state, offersFor(state, PRICES, ["v_capsule"]), COMBINE)
    expect(plan.bundle_removals).toEqual([{ id: "b1", reason: "product_unavailable" }])
    expect(plan.line_deletes).toEqual(["b1_line_4"])
    expect(plan.line_updates).toHaveLength(4)
  })

  it("re-prices a bundle from new regular prices under its own terms", () => {
    const state = stateOf([bundleOf("b1", routine)])
    const plan = planRefresh(state, offersFor(state, { ...PRICES, v_capsule: 2990 }), COMBINE)
    expect(plan.bundle_writes.map((w) => [w.id, w.subtotal, w.total])).toEqual([["b1", 122.5, 104.12]])
    expect(plan.bundle_removals).toEqual([])
  })

  it("ends a fixed-discount bundle in a currency its discount has no amount for", () => {
    const b1 = bundleOf("b1", routine)
    const fixed = { ...b1, record: { ...b1.record, terms: { discount_type: "fixed" as const, discount_value: 0, discount_amounts: { usd: 5 } } } }
    const state = stateOf([fixed])
    expect(planRefresh(state, offersFor(state), COMBINE).bundle_removals).toEqual([{ id: "b1", reason: "currency_unavailable" }])
  })

  it("puts an unclaimed custom-priced line back to its regular price, whatever its metadata", () => {
    const orphan: CartLine = {
      id: "stray",
      variant_id: "v_milk",
      product_id: null,
      quantity: 3,
      unit_price: 1,
      compare_at_unit_price: null,
      is_custom_price: true,
      is_tax_inclusive: false,
      is_discountable: true,
      adjustments: [],
    }
    const state = stateOf([bundleOf("b1", routine)], [orphan])
    const plan = planRefresh(state, offersFor(state), COMBINE)
    expect(plan.line_updates).toEqual([
      { id: "stray", data: { unit_price: 14.9, compare_at_unit_price: 14.9, is_custom_price: false, is_tax_inclusive: false, is_discountable: true } },
    ])
  })

  it("keeps promotions off an exclusive bundle's lines", () => {
    const b1 = bundleOf("b1", routine)
    const exclusive = { ...b1, record: { ...b1.record, terms: { ...FIFTEEN, promotion_policy: "exclusive" as const } } }
    const state = stateOf([exclusive])
    const plan = planRefresh(state, offersFor(state), COMBINE)
    expect(plan.line_updates.map((u) => u.data.is_discountable)).toEqual([false, false, false, false, false])
    expect(isEmptyPlan(planRefresh(applied(state, plan), offersFor(state), COMBINE))).toBe(true)
  })

  it("gives a best_of bundle the larger of its own discount and the promotions at regular prices, never both", () => {
    const b1 = bundleOf("b1", routine)
    const bestOf = { ...b1, record: { ...b1.record, terms: { ...FIFTEEN, promotion_policy: "best_of" as const } } }
    const state = stateOf([bestOf])
    // 20 % of 112.50 (22.50) beats the bundle's 16.88: regular prices, promotions on.
    const promoted = planRefresh(state, offersFor(state), { ...COMBINE, promotions: { b1: "22.50" } })
    expect(promoted.bundle_writes.map((w) => [w.discount_source, w.total, w.discount_total])).toEqual([["promotion", 112.5, 0]])
    expect(promoted.line_updates.map((u) => [u.data.unit_price, u.data.is_discountable])).toEqual(
      routine.map((v) => [PRICES[v] / 100, true])
    )
    // 10 % (11.25) does not: the bundle keeps its price, promotions off.
    const kept = planRefresh(state, offersFor(state), { ...COMBINE, promotions: { b1: "11.25" } })
    expect(kept.bundle_writes).toEqual([])
    expect(kept.line_updates.map((u) => u.data.is_discountable)).toEqual([false, false, false, false, false])
  })

  it("removing a bundle deletes its lines and its record", () => {
    const b1 = bundleOf("b1", routine)
    const state = stateOf([b1])
    expect(planRemove(state, b1.record)).toEqual({
      ...emptyPlan(),
      line_deletes: b1.lines.map((l) => l.id),
      bundle_removals: [{ id: "b1", reason: "removed" }],
    })
  })

  /*
   * Whatever a shopper does to the lines of a cart holding bundles (change a
   * quantity, delete a line, forge a custom price on a line of their own),
   * and whatever the catalogue does (prices change, products stop selling),
   * one refresh brings the cart back to the invariant, and the cart then
   * costs exactly its bundles' totals plus its other lines at the prices the
   * shopper pays for them alone.
   */
  it("one refresh restores the invariant and the exact total after any tampering (property)", () => {
    const variant = fc.constantFrom(...Object.keys(PRICES))
    const tampering = fc.oneof(
      fc.record({ kind: fc.constant("quantity" as const), line: fc.nat(), quantity: fc.integer({ min: 1, max: 9 }) }),
      fc.record({ kind: fc.constant("delete" as const), line: fc.nat() }),
      fc.record({ kind: fc.constant("forge" as const), variant, unit_price: fc.integer({ min: 1, max: 5000 }) })
    )
    fc.assert(
      fc.property(
        fc.array(fc.record({ variants: fc.uniqueArray(variant, { minLength: 1, maxLength: 5 }), quantity: fc.integer({ min: 1, max: 4 }) }), { maxLength: 4 }),
        fc.array(tampering, { maxLength: 6 }),
        fc.dictionary(variant, fc.integer({ min: 1, max: 9999 })),
        fc.uniqueArray(variant, { maxLength: 2 }),
        (bundles, tamperings, newPrices, unsellable) => {
          let state = stateOf(bundles.map((b, i) => bundleOf(`b${i}`, b.variants, b.quantity)))
          tamperings.forEach((t, n) => {
            if (t.kind === "forge") {
              state.lines.push({ id: `forged_${n}`, variant_id: t.variant, product_id: null, quantity: 1, unit_price: t.unit_price / 100, compare_at_unit_price: null, is_custom_price: true, is_tax_inclusive: false, is_discountable: true, adjustments: [] })
            } else if (state.lines.length) {
              const index = t.line % state.lines.length
              state.lines = t.kind === "delete"
                ? state.lines.filter((_, i) => i !== index)
                : state.lines.map((l, i) => (i === index ? { ...l, quantity: t.quantity } : l))
            }
          })
          const prices = { ...PRICES, ...newPrices }
          state = applied(state, planRefresh(state, offersFor(state, prices, unsellable), COMBINE))

          expect(invariantViolations({ currency_code: "eur", lines: state.lines }, state.bundles, "combine")).toEqual([])
          const bundleTotal = state.bundles.reduce((sum, b) => sum + cents(b.total), 0)
          const claimed = new Set(state.bundles.flatMap((b) => b.items.map((i) => i.line_item_id)))
          const others = state.lines.filter((l) => !claimed.has(l.id))
          expect(others.every((l) => !l.is_custom_price && cents(l.unit_price) === prices[l.variant_id!])).toBe(true)
          expect(others.some((l) => unsellable.includes(l.variant_id!))).toBe(false)
          expect(state.lines.reduce((sum, l) => sum + lineTotal(l), 0)).toEqual(
            bundleTotal + others.reduce((sum, l) => sum + lineTotal(l), 0)
          )
          // A second refresh has nothing left to do.
          expect(isEmptyPlan(planRefresh(state, offersFor(state, prices, unsellable), COMBINE))).toBe(true)
        }
      ),
      { numRuns: Number(process.env.FUZZ_RUNS || 300), seed: Number(process.env.FUZZ_SEED || 20261202) }
    )
  })
})
