import type { DiscountType, AdminRoutine as Routine, AdminRoutineInput as RoutineInput } from "../../../types"

export type RoutineFormValues = {
  title: string
  handle: string
  description: string
  discount_type: DiscountType
  discount_value: string
  // Fixed discount per currency code, as typed.
  amounts: Record<string, string>
}

export const emptyRoutineForm: RoutineFormValues = {
  title: "",
  handle: "",
  description: "",
  discount_type: "percentage",
  discount_value: "0",
  amounts: {},
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
})

/**
 * An empty handle is left out so the server derives it from the title; blank
 * currency amounts are dropped, so clearing a field removes that currency.
 */
export const formToInput = (values: RoutineFormValues): RoutineInput => {
  const input: RoutineInput = {
    title: values.title.trim(),
    description: values.description.trim() || null,
    discount_type: values.discount_type,
  }
  if (values.handle.trim()) {
    input.handle = values.handle.trim()
  }
  if (values.discount_type === "percentage") {
    input.discount_value = Number(values.discount_value || 0)
  } else {
    input.discount_amounts = Object.entries(values.amounts)
      .filter(([, amount]) => amount.trim() !== "")
      .map(([currency_code, amount]) => ({ currency_code, amount: Number(amount) }))
  }
  return input
}
