import { MedusaError } from "@medusajs/framework/utils"
import { chooseBundleItems, type ChooseBundleItemsInput } from "../choose-bundle-items"
import type { GraphProduct, GraphStep } from "../routine-graph"
import { CHANNEL, graphProduct as product, graphRoutine } from "./graph-fixtures"


const step = (
  handle: string,
  products: GraphProduct[],
  links: Record<string, { is_default?: boolean; rank?: number }> = {},
  optional = false
): GraphStep => ({
  id: `step_${handle}`,
  handle,
  title: handle,
  guidance: null,
  position: 1,
  optional,
  products,
  product_link: products.map((p, i) => ({
    product_id: p.id,
    is_default: !!links[p.id]?.is_default,
    rank: links[p.id]?.rank ?? i,
  })),
})

const choose = (steps: GraphStep[], input: Partial<ChooseBundleItemsInput> = {}, minSteps: number | null = null) =>
  chooseBundleItems({
    routine: graphRoutine(
      steps.map((s, i) => ({ ...s, position: i + 1 })),
      { min_steps: minSteps }
    ),
    symptoms: [],
    selections: {},
    skip_steps: [],
    quantity: 1,
    currency_code: "eur",
    sales_channel_id: CHANNEL,
    availability: {},
    ...input,
  })

const picked = (result: ReturnType<typeof choose>) =>
  result.items.map((i) => [i.product.id, i.reason])

// One candidate per reason it cannot be sold (empty has no stock once availability says so), and one that can.
const oneOfEachCause = () => [
  product("draft", { status: "draft" }),
  product("elsewhere", { sales_channels: [{ id: "sc_other" }] }),
  product("unpriced", { price: null }),
  product("empty"),
  product("stocked"),
]

describe("chooseBundleItems", () => {
  const itchy = { id: "symp_itch", handle: "itching", name: "Itching" }
  const dry = { id: "symp_dry", handle: "dry", name: "Dry" }
  const withSymptoms = (id: string, symptoms: typeof itchy[]) =>
    product(id, { symptoms })

  it("orders by symptoms answered, then the merchant default, then rank", () => {
    const candidates = [withSymptoms("a", [itchy]), withSymptoms("b", [itchy, dry]), withSymptoms("c", [dry])]
    const links = { c: { is_default: true }, a: { rank: 2 }, b: { rank: 1 } }
    const availability = { v_a: 5, v_b: 5, v_c: 5 }

    expect(picked(choose([step("s", candidates, links)], { availability, symptoms: [itchy, dry] })))
      .toEqual([["b", "symptoms"]])
    expect(picked(choose([step("s", candidates, links)], { availability, symptoms: [itchy] })))
      .toEqual([["b", "symptoms"]])
    expect(picked(choose([step("s", candidates, links)], { availability }))).toEqual([["c", "default"]])
    expect(picked(choose([step("s", candidates, { a: { rank: 2 }, b: { rank: 1 }, c: { rank: 3 } })], { availability })))
      .toEqual([["b", "rank"]])
  })

  it("counts only published, in-channel, priced and available candidates, and says when it falls back", () => {
    const candidates = oneOfEachCause()
    const links = { empty: { is_default: true } }
    expect(picked(choose([step("s", candidates, links)], { availability: { v_empty: 0, v_stocked: 3 } })))
      .toEqual([["stocked", "fallback"]])
    expect(picked(choose([step("s", candidates, links)], { availability: { v_empty: 2, v_stocked: 3 }, quantity: 3 })))
      .toEqual([["stocked", "fallback"]])
  })

  it("treats unmanaged stock, backorders and variants without inventory items as available", () => {
    const steps = [
      step("unmanaged", [product("u", { managed: false })]),
      step("backorder", [product("b", { backorder: true })]),
      step("untracked", [product("t")]),
    ]
    const result = choose(steps, { availability: { v_b: 0, v_t: null }, quantity: 50 })
    expect(result.unavailable_steps).toEqual([])
    expect(result.items).toHaveLength(3)
  })

  it("lets an explicit pick win, and falls back from a pick that cannot be sold", () => {
    const candidates = [product("a"), product("b")]
    const steps = [step("s", candidates, { a: { is_default: true } })]
    expect(picked(choose(steps, { selections: { s: "v_b" }, availability: { v_a: 1, v_b: 1 } })))
      .toEqual([["b", "selection"]])
    expect(picked(choose(steps, { selections: { step_s: "v_b" }, availability: { v_a: 1, v_b: 0 } })))
      .toEqual([["a", "fallback"]])
  })

  it("names the product a fallback replaces and why it could not be sold; other picks name none", () => {
    const fallbackFrom = (result: ReturnType<typeof choose>) => result.items.map((i) => i.fallback_from)
    const candidates = oneOfEachCause()
    const steps = [step("s", candidates, { empty: { is_default: true } })]
    const availability = { v_empty: 0, v_stocked: 3, v_draft: 3, v_elsewhere: 3 }
    expect(fallbackFrom(choose(steps, { availability })))
      .toEqual([{ product_id: "empty", product_title: "empty", cause: "out_of_stock" }])
    for (const [pick, cause] of [["draft", "draft"], ["elsewhere", "not_in_channel"], ["unpriced", "not_priced"]]) {
      const result = choose(steps, { availability, selections: { s: `v_${pick}` } })
      expect(picked(result)).toEqual([["stocked", "fallback"]])
      expect(fallbackFrom(result)).toEqual([{ product_id: pick, product_title: pick, cause }])
    }
    expect(fallbackFrom(choose(steps, { availability, selections: { s: "v_stocked" } }))).toEqual([null])
  })

  it("says whether an unfilled step's products are only out of stock or not sold here at all", () => {
    const result = choose(
      [step("sold", [product("a")]), step("unsold", [product("b", { price: null }), product("c", { status: "draft" })])],
      { availability: { v_a: 0, v_c: 4 } }
    )
    expect(result.unavailable_steps.map((s) => [s.handle, s.availability])).toEqual([
      ["sold", "out_of_stock"],
      ["unsold", "not_sold"],
    ])
  })

  it("reports unavailable steps; only a required one makes the bundle incomplete", () => {
    const result = choose(
      [step("req", [product("a")]), step("opt", [product("b")], {}, true)],
      { availability: { v_a: 0, v_b: 0 } }
    )
    expect(result.items).toEqual([])
    expect(result.unavailable_steps.map((s) => [s.handle, s.optional])).toEqual([
      ["req", false],
      ["opt", true],
    ])
    expect(result.unavailable_steps[0].message).toContain("in stock for quantity 1")
  })

  it.each([
    [{ skip_steps: ["req"] }, 'step "req" is required'],
    [{ skip_steps: ["nope"] }, 'skip_steps: the routine has no step "nope"'],
    [{ selections: { nope: "v_a" } }, 'selections: the routine has no step "nope"'],
    [{ selections: { req: "v_b" } }, 'variant "v_b" is not a product of step "req"'],
    [{ selections: { opt: "v_b" }, skip_steps: ["opt"] }, 'step "opt" is also in skip_steps'],
  ])("refuses %j", (input, message) => {
    const steps = [step("req", [product("a")]), step("opt", [product("b")], {}, true)]
    const run = () => choose(steps, input)
    expect(run).toThrow(MedusaError)
    expect(run).toThrow(message)
  })

  it("skips an optional step on request", () => {
    const steps = [step("req", [product("a")]), step("opt", [product("b")], {}, true)]
    expect(picked(choose(steps, { skip_steps: ["opt"], availability: { v_a: 1 } }))).toEqual([["a", "rank"]])
  })

  it("lets the shopper leave out any step they own when the routine sets a minimum, never below it", () => {
    const steps = ["a", "b", "c", "d"].map((h) => step(h, [product(h)]))
    const availability = { v_a: 5, v_b: 5, v_c: 5, v_d: 5 }
    expect(() => choose(steps, { availability, skip_steps: ["step_a"] })).toThrow('step "a" is required')
    expect(picked(choose(steps, { availability, skip_steps: ["step_a", "step_c"] }, 2))).toEqual([
      ["b", "rank"],
      ["d", "rank"],
    ])
    expect(() => choose(steps, { availability, skip_steps: ["step_a", "step_b", "step_c"] }, 2)).toThrow(
      "keeps at least 2 of its 4 steps"
    )
  })
})
