import { describe, expect, it } from "@jest/globals"
import type { AdminRoutine, AdminRoutineChange } from "../../../types"
import { changeAuthor, describeChange } from "../describe-change"

const routine: AdminRoutine = {
  id: "rtn_1",
  title: "Night Repair",
  handle: "night-repair",
  description: null,
  status: "published",
  discount_type: "percentage",
  discount_value: 10,
  steps: [
    {
      id: "step_1",
      title: "Cleanse",
      handle: "cleanse",
      guidance: null,
      optional: false,
      position: 0,
      products: [
        { id: "prod_1", title: "Cleansing Milk", handle: "milk", thumbnail: null, status: "published" },
        { id: "prod_2", title: "Aloe Gel", handle: "aloe", thumbnail: null, status: "published" },
      ],
    },
    { id: "step_2", title: "Protect", handle: "protect", guidance: null, optional: false, position: 1 },
  ],
}

const change = (patch: Partial<AdminRoutineChange>): AdminRoutineChange => ({
  id: "rchg_1",
  subject: "routine",
  action: "update",
  routine_id: routine.id,
  target_id: routine.id,
  changed_by: "user_1",
  user: { id: "user_1", email: "owner@shop.test", first_name: null, last_name: null },
  before: null,
  after: null,
  alerts: [],
  created_at: "2026-12-07T10:00:00.000Z",
  ...patch,
})

const offer = (patch: Record<string, unknown> = {}) => ({
  discount_type: "percentage",
  discount_value: 10,
  min_steps: null,
  promotion_policy: null,
  discount_amounts: [],
  discount_tiers: [],
  ...patch,
})

describe("describeChange", () => {
  it("reads an offer change part by part, only the parts that moved", () => {
    expect(describeChange(change({ subject: "offer", before: offer(), after: offer({ discount_value: 60 }) }), routine)).toEqual({
      title: "Offer changed",
      lines: [{ label: "Discount", before: "10 % off", after: "60 % off" }],
    })
    const tiers = offer({
      discount_tiers: [
        { min_steps: 3, percentage: 5 },
        { min_steps: 4, percentage: 10 },
      ],
      min_steps: 3,
      promotion_policy: "exclusive",
    })
    expect(describeChange(change({ subject: "offer", before: offer(), after: tiers }), routine).lines).toEqual([
      { label: "Discount", before: "10 % off", after: "3 steps: 5 %, 4 steps: 10 %" },
      { label: "Fewest steps", before: "All but the optional ones", after: "3" },
      { label: "Promotion codes", before: "As the plugin is configured", after: "Not on bundles" },
    ])
  })

  it("reads the subscription settings as one part of the offer, older entries as none", () => {
    const subscribed = offer({ subscriptions_enabled: true, subscription_interval_weeks: [4, 6, 8], subscription_discount_percentage: 10 })
    expect(describeChange(change({ subject: "offer", before: offer(), after: subscribed }), routine).lines).toEqual([
      { label: "Subscriptions", before: "Not offered", after: "Every 4, 6 or 8 weeks, 10 % more off" },
    ])
    const noExtra = { ...subscribed, subscription_interval_weeks: [4], subscription_discount_percentage: 0 }
    expect(describeChange(change({ subject: "offer", before: subscribed, after: noExtra }), routine).lines).toEqual([
      { label: "Subscriptions", before: "Every 4, 6 or 8 weeks, 10 % more off", after: "Every 4 weeks" },
    ])
  })

  it("reads a first offer in full, and amounts in their currencies", () => {
    const fixed = offer({
      discount_type: "fixed",
      discount_amounts: [
        { currency_code: "usd", amount: 6 },
        { currency_code: "eur", amount: 5 },
      ],
    })
    const { title, lines } = describeChange(change({ subject: "offer", action: "create", after: fixed }), routine)
    expect(title).toBe("Offer set")
    expect(lines[0]).toEqual({ label: "Discount", after: expect.stringMatching(/^€5\.00 off; \$6\.00 off$/) })
    // Of a first offer, what differs from the defaults besides the discount.
    expect(lines.map((l) => l.label)).toEqual(["Discount"])
    const strict = describeChange(change({ subject: "offer", action: "create", after: offer({ promotion_policy: "best_of" }) }), routine)
    expect(strict.lines).toEqual([
      { label: "Discount", after: "10 % off" },
      { label: "Promotion codes", after: "The larger of the two, never both" },
    ])
  })

  it("names publication, steps and their order in words", () => {
    expect(describeChange(change({ subject: "publication", before: { status: "draft" }, after: { status: "published" } }), routine).title).toBe(
      "Routine published"
    )
    expect(describeChange(change({ subject: "publication", before: { status: "published" }, after: { status: "draft" } }), routine).title).toBe(
      "Routine unpublished"
    )
    expect(describeChange(change({ subject: "step", action: "create", target_id: "step_3", after: { title: "Serum" } }), routine)).toEqual({
      title: "Step added: Serum",
      lines: [],
    })
    expect(
      describeChange(change({ subject: "step", target_id: "step_1", before: { optional: false }, after: { optional: true } }), routine)
    ).toEqual({ title: "Step changed: Cleanse", lines: [{ label: "Optional", before: "no", after: "yes" }] })
    expect(
      describeChange(
        change({ subject: "step_order", before: { step_ids: ["step_2", "step_1", "step_9"] }, after: { step_ids: ["step_1", "step_2"] } }),
        routine
      ).lines
    ).toEqual([{ label: "Order", before: "Protect, Cleanse, a removed step", after: "Cleanse, Protect" }])
  })

  it("diffs a routine's fields and a step's candidates", () => {
    expect(
      describeChange(change({ action: "create", after: { title: "Night Repair", description: null, metadata: null, status: "draft" } }), routine)
    ).toEqual({
      title: "Routine created",
      lines: [
        { label: "Title", after: "Night Repair" },
        { label: "Status", after: "draft" },
      ],
    })
    expect(describeChange(change({ before: { title: "Night Repair", description: null }, after: { title: "Ritual", description: "Calm" } }), routine)).toEqual({
      title: "Details changed",
      lines: [
        { label: "Title", before: "Night Repair", after: "Ritual" },
        { label: "Description", before: "none", after: "Calm" },
      ],
    })
    const candidates = describeChange(
      change({
        subject: "candidates",
        target_id: "step_1",
        before: { products: [{ product_id: "prod_1", is_default: true, rank: 0 }, { product_id: "prod_gone", is_default: false, rank: 1 }] },
        after: { products: [{ product_id: "prod_1", is_default: false, rank: 2 }, { product_id: "prod_2", is_default: true, rank: 0 }] },
      }),
      routine
    )
    expect(candidates).toEqual({
      title: "Products changed: Cleanse",
      lines: [
        { label: "No longer default", before: "Cleansing Milk" },
        { label: "Rank of Cleansing Milk", before: "0", after: "2" },
        { label: "Added", after: "Aloe Gel (default)" },
        { label: "Removed", before: "a product no longer listed" },
      ],
    })
  })

  it("says who: the user's email, System without a user", () => {
    expect(changeAuthor(change({}))).toBe("owner@shop.test")
    expect(changeAuthor(change({ changed_by: null, user: null }))).toBe("System")
    expect(changeAuthor(change({ changed_by: "user_gone", user: null }))).toBe("A deleted user")
    expect(changeAuthor(change({ changed_by: "apk_01", user: null }))).toBe("API key apk_01")
  })
})
