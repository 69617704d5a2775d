import { describe, expect, it, jest } from "@jest/globals"
import { fieldOfMessage, plainWords, showServerError, type ServerFields } from "../server-errors"

type Values = { title: string; handle: string; discount_value: string; min_steps: string; tiers: unknown[] }
const fields: ServerFields<Values> = {
  title: { path: "title", label: "Title" },
  handle: { path: "handle", label: "Handle" },
  discount_value: { path: "discount_value", label: "Percentage" },
  min_steps: { path: "min_steps", label: "Fewest steps" },
  discount_tiers: { path: "tiers", label: "Tiers" },
}

const formSpy = () => {
  const setError = jest.fn()
  return { form: { setError } as never, setError }
}

describe("a server refusal in the form", () => {
  it("finds the field a message names", () => {
    expect(fieldOfMessage("discount_value must be at most 100 for a percentage discount, got 150", fields)?.path).toBe("discount_value")
    expect(fieldOfMessage("min_steps: a bundle cannot need 5 steps when the routine has 3", fields)?.path).toBe("min_steps")
    expect(fieldOfMessage("Invalid request: Value for field 'title' too small, expected at least: '1'", fields)?.path).toBe("title")
    expect(fieldOfMessage("Care step with routine_id: rtn_01JABCDEFGHJKMNPQRSTVWXYZ1, handle: cleanse, already exists.", fields)?.path).toBe("handle")
    expect(fieldOfMessage("The routine cannot be published yet: a step has no product", fields)).toBeUndefined()
  })

  it("reads in plain words: labels for API names, no ids", () => {
    expect(plainWords("discount_value must be at most 100 for a percentage discount, got 150", fields)).toBe(
      "Percentage must be at most 100 for a percentage discount, got 150."
    )
    expect(plainWords("min_steps: a bundle cannot need 5 steps when the routine has 3", fields)).toBe(
      "A bundle cannot need 5 steps when the routine has 3."
    )
    expect(plainWords("discount_tiers must save at least as much with more steps: 4 steps at 5 % after 3 steps at 10 %", fields)).toBe(
      "Tiers must save at least as much with more steps: 4 steps at 5 % after 3 steps at 10 %."
    )
    expect(plainWords("is_default may be true for one product only, got prod_01JABCDEFGHJKMNPQRSTVWXYZ1", fields)).not.toMatch(/prod_/)
  })

  it("puts a duplicate handle under the handle, a 409 above the fields", () => {
    const { form, setError } = formSpy()
    showServerError(form, Object.assign(new Error("Care step with routine_id: rtn_01JABCDEFGHJKMNPQRSTVWXYZ1, handle: cleanse, already exists."), { status: 400 }), {
      fields,
      thing: "step of this routine",
    })
    expect(setError).toHaveBeenCalledWith(
      "handle",
      { type: "server", message: 'Another step of this routine already has this handle ("cleanse"). Choose another.' },
      { shouldFocus: true }
    )
    const conflict = formSpy()
    showServerError(conflict.form, Object.assign(new Error("Making Cleanse required would leave shoppers unable to buy this published routine: min_steps too high."), { status: 409 }), {
      fields,
      thing: "step",
    })
    expect(conflict.setError).toHaveBeenCalledWith("root.server", {
      type: "server",
      message: "Making Cleanse required would leave shoppers unable to buy this published routine: fewest steps too high.",
    })
  })
})
