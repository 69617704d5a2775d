import type { SubscriptionChoice } from "../../../types"
import { adaptChoiceToCheckin, choiceForRoutine, type ChoiceRoutine } from "../subscription-choice"

/** A product answering these symptom ids, with one variant `v_<id>`. */
const product = (id: string, symptoms: string[] = []) => ({
  id,
  symptoms: symptoms.map((s) => ({ id: s })),
  variants: [{ id: `v_${id}` }],
})

const step = (handle: string, position: number, products: ReturnType<typeof product>[], optional = false) => ({
  id: `step_${handle}`,
  handle,
  optional,
  position,
  products,
})

// cleanse (required) · serum (optional; redness or acne) · spot (optional; acne only) · cream (required)
const routine = (min_steps: number | null = null): ChoiceRoutine => ({
  min_steps,
  steps: [
    step("cleanse", 1, [product("gel"), product("milk", ["dryness"])]),
    step("serum", 2, [product("calm", ["redness"]), product("clear", ["acne"])], true),
    step("spot", 3, [product("dot", ["acne"])], true),
    step("cream", 4, [product("rich", ["dryness"]), product("light")]),
  ],
})

const choice = (over: Partial<SubscriptionChoice> = {}): SubscriptionChoice => ({
  quantity: 1,
  symptoms: [],
  selections: {},
  skip_steps: [],
  ...over,
})

describe("choiceForRoutine", () => {
  it("keeps picks and steps left out that the routine still has, by step id", () => {
    expect(
      choiceForRoutine(choice({ selections: { cleanse: "v_milk" }, skip_steps: ["spot"] }), routine())
    ).toEqual(choice({ selections: { step_cleanse: "v_milk" }, skip_steps: ["step_spot"] }))
  })

  it("drops a pick of a product the step no longer has, and of a step that is gone, so the store picks again", () => {
    const r = routine()
    r.steps = r.steps.filter((s) => s!.handle !== "serum")
    expect(
      choiceForRoutine(
        choice({ selections: { step_cleanse: "v_removed", step_serum: "v_calm", step_cream: "v_rich" }, skip_steps: ["step_serum"] }),
        r
      )
    ).toEqual(choice({ selections: { step_cream: "v_rich" }, skip_steps: [] }))
  })
})

describe("adaptChoiceToCheckin", () => {
  it("leaves the choice as it was when the symptoms are the same", () => {
    const before = choice({ symptoms: ["acne"], selections: { step_serum: "v_clear" }, skip_steps: [] })
    expect(adaptChoiceToCheckin(before, routine(), ["acne"])).toEqual(before)
  })

  it("leaves out the optional steps kept only for symptoms that are gone", () => {
    const before = choice({ symptoms: ["acne"], selections: { step_serum: "v_clear", step_spot: "v_dot" } })
    expect(adaptChoiceToCheckin(before, routine(), [])).toEqual(
      choice({ symptoms: [], selections: {}, skip_steps: ["step_serum", "step_spot"] })
    )
  })

  it("keeps a step that still answers a symptom the shopper has", () => {
    const before = choice({ symptoms: ["acne", "redness"], selections: { step_serum: "v_clear" } })
    const after = adaptChoiceToCheckin(before, routine(), ["redness"])
    expect(after.skip_steps).toEqual(["step_spot"])
    expect(after.symptoms).toEqual(["redness"])
  })

  it("never leaves out a required step, and stops at the routine's fewest steps", () => {
    const required = adaptChoiceToCheckin(choice({ symptoms: ["dryness"] }), routine(), [])
    expect(required.skip_steps).toEqual([])
    // With fewest steps 3 any step may go, but only one: the last whose symptoms are gone (cream).
    const fewest = adaptChoiceToCheckin(choice({ symptoms: ["dryness"] }), routine(3), [])
    expect(fewest.skip_steps).toEqual(["step_cream"])
  })

  it("brings back a step left out when a new symptom is one it answers", () => {
    const before = choice({ symptoms: [], skip_steps: ["step_serum", "step_spot"] })
    expect(adaptChoiceToCheckin(before, routine(), ["acne"]).skip_steps).toEqual([])
    expect(adaptChoiceToCheckin(before, routine(), ["redness"]).skip_steps).toEqual(["step_spot"])
  })

  it("lets the store choose again for a step whose pick does not answer a new symptom that another product does", () => {
    const before = choice({ symptoms: [], selections: { step_serum: "v_calm", step_cleanse: "v_gel", step_cream: "v_light" } })
    const after = adaptChoiceToCheckin(before, routine(), ["acne"])
    expect(after.selections).toEqual({ step_cleanse: "v_gel", step_cream: "v_light" })
    // A pick that already answers the new symptom stays.
    const kept = adaptChoiceToCheckin(choice({ selections: { step_serum: "v_clear" } }), routine(), ["acne"])
    expect(kept.selections).toEqual({ step_serum: "v_clear" })
  })
})
