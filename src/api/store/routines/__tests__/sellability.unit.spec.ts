import type { GraphProduct, GraphStep } from "../../../../workflows/utils/routine-graph"
import {
  CHANNEL,
  graphProduct as product,
  graphRoutine as routine,
} from "../../../../workflows/utils/__tests__/graph-fixtures"
import { routineSellability } from "../sellability"

const EUR = { currency_code: "eur", sales_channel_id: CHANNEL }

const step = (handle: string, products: GraphProduct[], optional = false, position = 1): GraphStep => ({
  id: `step_${handle}`,
  handle,
  title: `Step ${handle}`,
  guidance: null,
  position,
  optional,
  product_link: products.map((p, rank) => ({ product_id: p.id, is_default: rank === 0, rank })),
  products,
})


/** Units in stock by variant: the zinc complex has none. */
const STOCK = { v_milk: 10, v_zinc: 0, v_unpriced: 10 }

describe("routineSellability", () => {
  const milk = product("milk")
  const zinc = product("zinc")

  it("sells a routine whose every required step has a product in stock", () => {
    expect(routineSellability(routine([step("a", [milk])]), EUR, STOCK)).toEqual({ sellable: true, unsellable_reason: null })
  })

  it.each(["fixed", "set_price"] as const)("needs an amount in the currency for a %s offer", (discount_type) => {
    const offer = { discount_type, discount_amounts: [{ currency_code: "eur", amount: 5 }] }
    expect(routineSellability(routine([step("a", [milk])], offer), EUR, STOCK).sellable).toBe(true)
    expect(routineSellability(routine([step("a", [milk])], offer), { ...EUR, currency_code: "usd" }, STOCK)).toEqual({
      sellable: false,
      unsellable_reason: { code: "no_price_in_currency", currency_code: "usd" },
    })
  })

  it("names a required step out of stock, and one whose products are not sold here; an optional one does not block", () => {
    const unpriced = product("unpriced", { currency: "usd" })
    const graph = routine([step("a", [milk], false, 1), step("b", [zinc], false, 2), step("c", [unpriced], false, 3), step("d", [zinc], true, 4)])
    expect(routineSellability(graph, EUR, STOCK).unsellable_reason).toEqual({
      code: "step_unavailable",
      steps: [
        { id: "step_b", handle: "b", title: "Step b", availability: "out_of_stock" },
        { id: "step_c", handle: "c", title: "Step c", availability: "not_sold" },
      ],
    })
  })

  it("counts optional steps when without them the bundle falls below the fewest steps", () => {
    const graph = routine([step("a", [milk], false, 1), step("b", [zinc], true, 2)], { min_steps: 2 })
    expect(routineSellability(graph, EUR, STOCK).unsellable_reason).toMatchObject({
      code: "step_unavailable",
      steps: [{ handle: "b", availability: "out_of_stock" }],
    })
  })

  it("does not throw for a routine needing more steps than it has", () => {
    const graph = routine([step("a", [milk])], { min_steps: 3 })
    expect(routineSellability(graph, EUR, STOCK)).toEqual({
      sellable: false,
      unsellable_reason: { code: "step_unavailable", steps: [] },
    })
  })
})
