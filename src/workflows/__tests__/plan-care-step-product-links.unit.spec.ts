import { planCareStepProductLinks } from "../update-care-step-products"

const STEP = "cstep_1"

const linked = [
  { product_id: "prod_a", is_default: true, rank: 0 },
  { product_id: "prod_b", is_default: false, rank: 1 },
  { product_id: "prod_c", is_default: false, rank: 5 },
]

const plan = (request: {
  add?: { product_id: string; is_default?: boolean; rank?: number }[]
  update?: { product_id: string; is_default?: boolean; rank?: number }[]
  remove?: string[]
}) =>
  planCareStepProductLinks(STEP, linked, {
    routine_id: "rtn_1",
    step_id: STEP,
    ...request,
  })

/** `[product_id, data]` pairs, easier to read than link definitions. */
const rows = (links: ReturnType<typeof plan>["create"]) =>
  links.map((l) => [l.product.product_id, l.data])

describe("planCareStepProductLinks", () => {
  it("writes nothing for an empty request", () => {
    expect(plan({})).toEqual({ dismiss: [], update: [], create: [] })
  })

  it("links to the care step and the product", () => {
    const { create } = plan({ add: [{ product_id: "prod_d" }] })
    expect(create).toEqual([
      {
        routine: { care_step_id: STEP },
        product: { product_id: "prod_d" },
        data: { is_default: false, rank: 6 },
      },
    ])
  })

  it("ranks added products after the highest kept rank, in request order", () => {
    const { create } = plan({
      add: [{ product_id: "prod_d" }, { product_id: "prod_e" }],
      remove: ["prod_c"],
    })
    expect(rows(create)).toEqual([
      ["prod_d", { is_default: false, rank: 2 }],
      ["prod_e", { is_default: false, rank: 3 }],
    ])
  })

  it("keeps a given rank", () => {
    const { create } = plan({ add: [{ product_id: "prod_d", rank: 0 }] })
    expect(rows(create)).toEqual([["prod_d", { is_default: false, rank: 0 }]])
  })

  it("moves the default to an added product", () => {
    const { create, update } = plan({
      add: [{ product_id: "prod_d", is_default: true }],
    })
    expect(rows(create)).toEqual([["prod_d", { is_default: true, rank: 6 }]])
    expect(rows(update)).toEqual([["prod_a", { is_default: false, rank: 0 }]])
  })

  it("moves the default to a linked product", () => {
    const { update } = plan({
      update: [{ product_id: "prod_c", is_default: true }],
    })
    expect(rows(update)).toEqual([
      ["prod_a", { is_default: false, rank: 0 }],
      ["prod_c", { is_default: true, rank: 5 }],
    ])
  })

  it("lets a step end up without a default", () => {
    const { update } = plan({
      update: [{ product_id: "prod_a", is_default: false }],
    })
    expect(rows(update)).toEqual([["prod_a", { is_default: false, rank: 0 }]])
  })

  it("skips updates that change nothing", () => {
    const { update } = plan({
      update: [{ product_id: "prod_b", is_default: false, rank: 1 }],
    })
    expect(update).toEqual([])
  })

  it("dismisses removed links without data, and does not update them", () => {
    const { dismiss, update } = plan({
      add: [{ product_id: "prod_d", is_default: true }],
      remove: ["prod_a"],
    })
    expect(dismiss).toEqual([
      { routine: { care_step_id: STEP }, product: { product_id: "prod_a" } },
    ])
    expect(update).toEqual([])
  })
})
