import { describe, expect, it } from "@jest/globals"
import type { AdminRoutine } from "../../../../types"
import { createInput, editInput, OFFER_KEYS, routineToForm } from "../routine-form"

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
    expect(editInput({ ...routineToForm(routine), tiers, min_steps: "3" }, routine, true)).toMatchObject({
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
