import { cartBundleMismatches, type CheckedCartLine } from "../bundle-cart-check"

const line = (id: string, overrides: Partial<CheckedCartLine> = {}): CheckedCartLine => ({
  id,
  variant_id: `v_${id}`,
  quantity: 2,
  unit_price: 8.5,
  is_custom_price: true,
  metadata: { routine_bundle_id: "b1" },
  ...overrides,
})

const bundle = {
  id: "b1",
  cart_id: "cart",
  routine_id: "rtn",
  currency_code: "eur",
  quantity: 2,
  items: ["l1", "l2"].map((id) => ({
    id: `item_${id}`,
    line_item_id: id,
    care_step_id: `step_${id}`,
    step_handle: `step-${id}`,
    variant_id: `v_${id}`,
    reason: "default",
    quantity: 1,
    unit_price: 10,
    discounted_unit_price: 8.5,
  })),
}

const check = (items: CheckedCartLine[], currency = "eur") =>
  cartBundleMismatches({ currency_code: currency, items }, [bundle])

describe("cartBundleMismatches", () => {
  it("accepts lines that match the record, next to regular lines", () => {
    const regular = line("l3", { is_custom_price: false, metadata: null, unit_price: 20 })
    expect(check([line("l1"), line("l2"), regular])).toEqual([])
  })

  it("names every difference", () => {
    const problems = check(
      [line("l1", { unit_price: 1, quantity: 3, variant_id: "v_other" }), line("stray")],
      "usd"
    )
    expect(problems).toEqual([
      "bundle b1 is priced in eur, the cart in usd",
      "bundle b1, step \"step-l1\": line l1 holds variant v_other, not v_l1",
      "bundle b1, step \"step-l1\": line l1 has quantity 3, not 2",
      "bundle b1, step \"step-l1\": line l1 costs 1, not 8.5",
      "bundle b1, step \"step-l2\": its cart line is missing",
      "line stray has a bundle price but belongs to no bundle",
    ])
  })
})
