import { discountKind } from "../../../lib/discount-kinds"
import type {
  DiscountType,
  PromotionPolicy,
  AdminRoutine as Routine,
  AdminRoutineInput as RoutineInput,
} from "../../../types"

/** "Plugin default" in the form: the routine leaves the policy to the plugin option. */
export const DEFAULT_POLICY = "default"

export type RoutineFormValues = {
  title: string
  handle: string
  description: string
  discount_type: DiscountType
  discount_value: string
  // Fixed discount or set price per currency code, as typed.
  amounts: Record<string, string>
  // Percentage tiers by steps bought, as typed; an empty list means one percentage.
  tiers: { min_steps: string; percentage: string }[]
  // Empty: only optional steps can be left out.
  min_steps: string
  promotion_policy: PromotionPolicy | typeof DEFAULT_POLICY
}

export const emptyRoutineForm: RoutineFormValues = {
  title: "",
  handle: "",
  description: "",
  discount_type: "percentage",
  discount_value: "0",
  amounts: {},
  tiers: [],
  min_steps: "",
  promotion_policy: DEFAULT_POLICY,
}

export const routineToForm = (routine: Routine): RoutineFormValues => ({
  title: routine.title,
  handle: routine.handle,
  description: routine.description ?? "",
  discount_type: routine.discount_type,
  discount_value: String(routine.discount_value ?? 0),
  amounts: Object.fromEntries(
    (routine.discount_amounts ?? []).map((a) => [a.currency_code, String(a.amount)])
  ),
  tiers: [...(routine.discount_tiers ?? [])]
    .sort((a, b) => a.min_steps - b.min_steps)
    .map((t) => ({ min_steps: String(t.min_steps), percentage: String(t.percentage) })),
  min_steps: routine.min_steps == null ? "" : String(routine.min_steps),
  promotion_policy: routine.promotion_policy ?? DEFAULT_POLICY,
})

/**
 * The offer's fields in a routine's body. Setting any of them needs the
 * `routine_offer:update` permission besides the routine's own.
 */
export const OFFER_KEYS = [
  "discount_type",
  "discount_value",
  "discount_amounts",
  "discount_tiers",
  "min_steps",
  "promotion_policy",
] as const satisfies readonly (keyof RoutineInput)[]

const withoutOffer = (input: RoutineInput): RoutineInput => {
  const own = { ...input }
  for (const key of OFFER_KEYS) delete own[key]
  return own
}

/**
 * An empty handle is left out so the server derives it from the title; blank
 * currency amounts and tier rows are dropped, so clearing a field removes it.
 * Amounts and tiers come sorted, so the same offer always reads the same.
 */
export const formToInput = (values: RoutineFormValues): RoutineInput => {
  const input: RoutineInput = {
    title: values.title.trim(),
    description: values.description.trim() || null,
    discount_type: values.discount_type,
    min_steps: values.min_steps.trim() ? Number(values.min_steps) : null,
    promotion_policy: values.promotion_policy === DEFAULT_POLICY ? null : values.promotion_policy,
  }
  if (values.handle.trim()) {
    input.handle = values.handle.trim()
  }
  switch (discountKind(values.discount_type).input) {
    case "percentage":
      input.discount_value = Number(values.discount_value || 0)
      input.discount_tiers = values.tiers
        .filter((t) => t.min_steps.trim() !== "" && t.percentage.trim() !== "")
        .map((t) => ({ min_steps: Number(t.min_steps), percentage: Number(t.percentage) }))
        .sort((a, b) => a.min_steps - b.min_steps)
      break
    case "amounts":
      input.discount_tiers = []
      input.discount_amounts = Object.entries(values.amounts)
        .filter(([, amount]) => amount.trim() !== "")
        .map(([currency_code, amount]) => ({ currency_code, amount: Number(amount) }))
        .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
      break
    case "none":
      input.discount_tiers = []
      break
  }
  return input
}

/** A new routine's body: without its offer when the user may not set one (the server keeps its defaults). */
export const createInput = (values: RoutineFormValues, mayChangeOffer: boolean): RoutineInput =>
  mayChangeOffer ? formToInput(values) : withoutOffer(formToInput(values))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * An edit's body: the routine's own fields, and of the offer only what
 * differs from what is saved, nothing of it when the user may not change
 * it. A title edit then never touches the offer: it needs no offer
 * permission and leaves no offer entry in the history.
 */
export const editInput = (values: RoutineFormValues, saved: Routine, mayChangeOffer: boolean): RoutineInput => {
  const input = formToInput(values)
  if (!mayChangeOffer) return withoutOffer(input)
  const before = formToInput(routineToForm(saved))
  for (const key of OFFER_KEYS) {
    if (same(input[key], before[key])) delete input[key]
  }
  return input
}
