import type { AdminRoutine, PromotionPolicy } from "../../types"
import { formatAmount } from "./format"

type Discounted = Pick<AdminRoutine, "discount_type" | "discount_value" | "discount_amounts" | "discount_tiers">

/** A routine's discount in words, for the list and the routine page. */
export const describeDiscount = (routine: Discounted) => {
  if (routine.discount_type === "percentage") {
    const tiers = [...(routine.discount_tiers ?? [])].sort((a, b) => a.min_steps - b.min_steps)
    return tiers.length
      ? tiers.map((t) => `${t.min_steps}+ steps: ${Number(t.percentage)}%`).join(", ")
      : `${Number(routine.discount_value)}% off the bundle`
  }
  const amounts = [...(routine.discount_amounts ?? [])].sort((a, b) => a.currency_code.localeCompare(b.currency_code))
  const listed = amounts.map((a) => formatAmount(a.amount, a.currency_code)).join(", ")
  if (routine.discount_type === "set_price") {
    return amounts.length ? `The bundle for ${listed}` : "Set price, none set"
  }
  return amounts.length ? `${listed} off the bundle` : "Fixed amount, none set"
}

export const POLICY_LABELS: Record<PromotionPolicy, string> = {
  combine: "Combine with the bundle discount",
  exclusive: "Not on bundles",
  best_of: "The larger of the two, never both",
}
