import { describe, expect, it } from "@jest/globals"
import type { AdminRoutine } from "../../../../types"
import { subscriptionInput, subscriptionSchema, subscriptionToForm, type SubscriptionFormValues } from "../subscription-form"

const routine: AdminRoutine = {
  id: "rtn_1",
  title: "Night Repair",
  handle: "night-repair",
  description: null,
  status: "draft",
  discount_type: "percentage",
  discount_value: 10,
  subscriptions_enabled: true,
  subscription_interval_weeks: [4, 8],
  subscription_discount_percentage: 7.5,
}

/** The message under each field the form refuses, keyed by field. */
const errorsOf = (values: SubscriptionFormValues) => {
  const parsed = subscriptionSchema.safeParse(values)
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]))
}

describe("the Subscriptions form", () => {
  it("shows the saved settings and sends them back as the server stores them", () => {
    const values = subscriptionToForm(routine)
    expect(values).toEqual({ subscriptions_enabled: true, intervals: "4, 8", discount_percentage: "7.5" })
    expect(subscriptionInput({ ...values, intervals: "8, 4,6," })).toEqual({
      subscriptions_enabled: true,
      subscription_interval_weeks: [4, 6, 8],
      subscription_discount_percentage: 7.5,
    })
  })

  it("starts a routine without settings switched off, with no discount", () => {
    const { subscriptions_enabled: _e, subscription_interval_weeks: _w, subscription_discount_percentage: _p, ...bare } = routine
    expect(subscriptionToForm(bare)).toEqual({ subscriptions_enabled: false, intervals: "", discount_percentage: "0" })
    expect(errorsOf(subscriptionToForm(bare))).toEqual({})
  })

  it.each([
    [{ intervals: "4, 0" }, "intervals", "Weeks are whole numbers from 1 to 52: 0 is not."],
    [{ intervals: "4, 53, 2.5" }, "intervals", "Weeks are whole numbers from 1 to 52: 53, 2.5 is not."],
    [{ intervals: "4, 6, 4" }, "intervals", "Each interval once: 4 is there twice."],
    [{ intervals: " " }, "intervals", "Enter at least one interval, like 4, 6, 8, or switch subscriptions off."],
    [{ discount_percentage: "100" }, "discount_percentage", "Enter less than 100: a refill is never free."],
    [{ discount_percentage: "-1" }, "discount_percentage", "Enter 0 or more."],
    [{ discount_percentage: "" }, "discount_percentage", "Enter a percentage (0 for none)."],
  ])("refuses %j under %s", (change, field, message) => {
    expect(errorsOf({ ...subscriptionToForm(routine), ...change })).toEqual({ [field]: message })
  })

  it("lets subscriptions be switched off with no interval left", () => {
    expect(errorsOf({ subscriptions_enabled: false, intervals: "", discount_percentage: "0" })).toEqual({})
  })
})
