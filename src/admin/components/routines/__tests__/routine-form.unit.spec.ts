import { describe, expect, it } from "@jest/globals"
import type { AdminRoutine } from "../../../../types"
import { createInput, editInput, emptyRoutineForm, formToInput, OFFER_KEYS, routineSchema, routineToForm } from "../routine-form"

const routine: AdminRoutine = {
  id: "rtn_1",
  title: "Night Repair",
  handle: "night-repair",
  description: null,
  status: "draft",
  discount_type: "percentage",
  discount_value: 10,
  discount_amounts: [{ id: "a1", currency_code: "usd", amount: 6 }, { id: "a2", currency_code: "eur", amount: 5 }],
  discount_tiers: [],
  min_steps: null,
  promotion_policy: null,
}

const offerKeysOf = (input: object) => Object.keys(input).filter((key) => (OFFER_KEYS as readonly string[]).includes(key))

describe("the routine form's bodies", () => {
  it("sends no offer field for a title edit, whoever makes it", () => {
    const values = { ...routineToForm(routine), title: "Night Repair Ritual" }
    for (const mayChangeOffer of [true, false]) {
      const input = editInput(values, routine, mayChangeOffer)
      expect(input).toEqual({ title: "Night Repair Ritual", handle: "night-repair", description: null })
    }
  })

  it("sends only the offer fields that changed", () => {
    expect(editInput({ ...routineToForm(routine), discount_value: "25" }, routine, true)).toEqual({
      title: "Night Repair",
      handle: "night-repair",
      description: null,
      discount_value: 25,
    })
    const tiers = [
      { min_steps: "4", percentage: "10" },
      { min_steps: "3", percentage: "5" },
    ]
    expect(editInput({ ...routineToForm(routine), rate: "tiers", tiers, min_steps: "3" }, routine, true)).toMatchObject({
      discount_tiers: [
        { min_steps: 3, percentage: 5 },
        { min_steps: 4, percentage: 10 },
      ],
      min_steps: 3,
    })
  })

  it("sends a new kind with its amounts, in currency order, and clears the tiers it had", () => {
    const tiered = { ...routine, discount_tiers: [{ min_steps: 3, percentage: 5 }] }
    const input = editInput({ ...routineToForm(tiered), discount_type: "fixed", amounts: { usd: "7", eur: "5" } }, tiered, true)
    expect(input).toEqual({
      title: "Night Repair",
      handle: "night-repair",
      description: null,
      discount_type: "fixed",
      discount_tiers: [],
      discount_amounts: [
        { currency_code: "eur", amount: 5 },
        { currency_code: "usd", amount: 7 },
      ],
    })
  })

  it("drops every offer change for a user who may not change the offer", () => {
    const values = { ...routineToForm(routine), title: "Renamed", discount_value: "90", min_steps: "2", promotion_policy: "exclusive" as const }
    expect(offerKeysOf(editInput(values, routine, false))).toEqual([])
    expect(offerKeysOf(createInput(values, false))).toEqual([])
    expect(createInput(values, true)).toMatchObject({ discount_type: "percentage", discount_value: 90, min_steps: 2, promotion_policy: "exclusive" })
  })
})

describe("the offer: tiers or one rate, never both", () => {
  it("sends tiers without the one rate once tiers are chosen, whatever was typed as the rate", () => {
    const values = {
      ...emptyRoutineForm(),
      title: "Tiered",
      discount_value: "150",
      rate: "tiers" as const,
      tiers: [{ min_steps: "3", percentage: "10" }],
    }
    const input = formToInput(values)
    expect(input).not.toHaveProperty("discount_value")
    expect(input.discount_tiers).toEqual([{ min_steps: 3, percentage: 10 }])
    // The rate typed before is not checked either: only what is sent is.
    expect(routineSchema().safeParse(values).success).toBe(true)
  })

  it("sends one rate and no tiers when one rate is chosen, keeping the tiers typed in the form", () => {
    const values = { ...emptyRoutineForm(), title: "One rate", discount_value: "20", tiers: [{ min_steps: "3", percentage: "10" }] }
    expect(formToInput(values)).toMatchObject({ discount_value: 20, discount_tiers: [] })
    expect(values.tiers).toHaveLength(1)
  })

  it("keeps what was typed for another kind and sends only the chosen kind's", () => {
    const values = { ...emptyRoutineForm(), title: "Switch", discount_value: "20", amounts: { eur: "5" }, discount_type: "fixed" as const }
    const input = formToInput(values)
    expect(input).not.toHaveProperty("discount_value")
    expect(input.discount_amounts).toEqual([{ currency_code: "eur", amount: 5 }])
    expect(formToInput({ ...values, discount_type: "percentage" })).toMatchObject({ discount_value: 20 })
    expect(formToInput({ ...values, discount_type: "cheapest_step_free" })).toEqual(
      expect.not.objectContaining({ discount_value: expect.anything(), discount_amounts: expect.anything() })
    )
  })
})

describe("the routine's page in the form", () => {
  const saved = { ...routine, starts_at: "2027-06-01T09:00:00.000Z", ends_at: null, thumbnail: "https://cdn.example/a.jpg", seo_title: null }

  it("reads the saved schedule as dates, and sends only the page fields that changed, as ISO instants", () => {
    const values = routineToForm(saved)
    expect(values.starts_at).toEqual(new Date("2027-06-01T09:00:00.000Z"))
    expect(editInput(values, saved, true)).toEqual({ title: "Night Repair", handle: "night-repair", description: null })

    const end = new Date("2027-07-01T00:00:00.000Z")
    expect(editInput({ ...values, ends_at: end, thumbnail: "", seo_title: "  Night repair  " }, saved, false)).toEqual({
      title: "Night Repair",
      handle: "night-repair",
      description: null,
      ends_at: "2027-07-01T00:00:00.000Z",
      thumbnail: null,
      seo_title: "Night repair",
    })
  })
})

describe("the routine form's checks", () => {
  const errors = (values: Parameters<typeof formToInput>[0], context = {}) => {
    const result = routineSchema(context).safeParse(values)
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]))
  }
  const base = { ...emptyRoutineForm(), title: "Checked", discount_value: "10" }

  it("names each field's problem under that field", () => {
    expect(errors({ ...base, title: " ", handle: "Not A Handle", discount_value: "150", min_steps: "-1" })).toEqual({
      title: "Enter a title.",
      handle: expect.stringMatching(/^Use lowercase letters and digits/),
      discount_value: "Enter 100 or less.",
      min_steps: "Enter 1 or more.",
    })
  })

  it("refuses repeated tiers and tiers that save less with more steps, on the row", () => {
    const tiers = [
      { min_steps: "3", percentage: "10" },
      { min_steps: "4", percentage: "5" },
      { min_steps: "3", percentage: "12" },
    ]
    expect(errors({ ...base, rate: "tiers", tiers })).toEqual({
      "tiers.2.min_steps": "Another tier already starts at 3 steps.",
      "tiers.1.percentage": expect.stringMatching(/^More steps must never save less/),
    })
    expect(errors({ ...base, rate: "tiers", tiers: [] })).toEqual({ tiers: "Add a tier, or choose one rate for every bundle." })
  })

  it("refuses an end at or before the start, an image that is not a web address, and overlong SEO texts", () => {
    const at = new Date("2027-06-01T09:00:00Z")
    expect(errors({ ...base, starts_at: at, ends_at: at })).toEqual({ ends_at: "End the sale after it starts." })
    expect(errors({ ...base, starts_at: at, ends_at: new Date("2027-06-02T09:00:00Z") })).toEqual({})
    expect(errors({ ...base, ends_at: at })).toEqual({})
    expect(errors({ ...base, thumbnail: "file:///tmp/a.jpg" })).toEqual({ thumbnail: "The image must be a web address (http or https)." })
    expect(errors({ ...base, seo_title: "x".repeat(71), seo_description: "x".repeat(321) })).toEqual({
      seo_title: "Keep the headline to 70 characters: search results cut it.",
      seo_description: "Keep the snippet to 320 characters: search results cut it.",
    })
    // The schedule is the routine's, not the offer's: checked when the offer is locked too.
    expect(errors({ ...base, starts_at: at, ends_at: at }, { offerLocked: true })).toEqual({ ends_at: "End the sale after it starts." })
  })

  it("refuses fewest steps above a published routine's steps, and no amount at all", () => {
    expect(errors({ ...base, min_steps: "5" }, { stepCount: 3, published: true })).toEqual({
      min_steps: "This routine has 3 steps: a bundle cannot need more.",
    })
    expect(errors({ ...base, discount_type: "set_price", amounts: { eur: " " } })).toEqual({
      amounts: "Set an amount for at least one currency.",
    })
    expect(errors({ ...base, discount_value: "999" }, { offerLocked: true })).toEqual({})
  })
})
