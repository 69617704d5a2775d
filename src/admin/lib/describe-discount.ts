import { discountKind } from "../../lib/discount-kinds"
import type { AdminRoutine, PromotionPolicy } from "../../types"
import { formatAmount } from "./format"

type Discounted = Pick<AdminRoutine, "discount_type" | "discount_value" | "discount_amounts" | "discount_tiers">

/**
 * A routine's discount in words, for the list, the routine page and its
 * history: "10 % off", tiers as the form sets them ("3 steps: 5 %, 4 steps:
 * 10 %": the rate of the highest tier a bundle reaches), "€5.00 off; $6.00 off".
 */
export const describeDiscount = (routine: Discounted) => {
  const kind = discountKind(routine.discount_type)
  switch (kind.input) {
    case "percentage": {
      const tiers = [...(routine.discount_tiers ?? [])].sort((a, b) => a.min_steps - b.min_steps)
      return tiers.length
        ? tiers.map((t) => `${t.min_steps} steps: ${Number(t.percentage)} %`).join(", ")
        : kind.describe({ percentage: Number(routine.discount_value), amount: null }, String)
    }
    case "amounts": {
      const amounts = [...(routine.discount_amounts ?? [])].sort((a, b) => a.currency_code.localeCompare(b.currency_code))
      return amounts.length
        ? amounts
            .map((a) => kind.describe({ percentage: null, amount: a.amount }, (amount) => formatAmount(amount, a.currency_code)))
            .join("; ")
        : `${kind.label}: none set`
    }
    case "none":
      return kind.describe({ percentage: null, amount: null }, String)
  }
}

export const POLICY_LABELS: Record<PromotionPolicy, string> = {
  combine: "Combine with the bundle discount",
  exclusive: "Not on bundles",
  best_of: "The larger of the two, never both",
}
