import { discountKind, type DiscountType } from "./discount-kinds"

/** An offer as its history records it (RoutineModuleService's RoutineOffer). */
export type OfferSnapshot = {
  discount_type: DiscountType
  discount_value: number
  discount_amounts: { currency_code: string; amount: number }[]
  discount_tiers: { min_steps: number; percentage: number }[]
}

const highestRate = (offer: OfferSnapshot) =>
  Math.max(offer.discount_value, ...offer.discount_tiers.map((t) => t.percentage))

const round = (n: number) => Math.round(n * 100) / 100

/**
 * Why an offer change deserves a merchant's attention, given the store's
 * threshold in percent (empty when it does not): a percentage offer that
 * now takes more than the threshold off at its best tier and more than
 * before, or an amount (an amount off, a set price) that moved by more than
 * the threshold of what it was, in any currency. A kind with nothing to set
 * (the cheapest step free) is bounded by the routine itself and never alerts.
 */
export const offerAlerts = (before: OfferSnapshot | null, after: OfferSnapshot, threshold: number): string[] => {
  const kind = discountKind(after.discount_type)
  const sameKind = before?.discount_type === after.discount_type
  switch (kind.input) {
    case "percentage": {
      const rate = highestRate(after)
      const was = sameKind && before ? highestRate(before) : 0
      return rate > threshold && rate > was
        ? [`up to ${round(rate)} % off (was ${round(was)} %), above the alert threshold of ${threshold} %`]
        : []
    }
    case "amounts":
      return after.discount_amounts.flatMap(({ currency_code, amount }) => {
        const previous = sameKind ? before?.discount_amounts.find((a) => a.currency_code === currency_code) : undefined
        if (!previous || previous.amount === 0) return []
        const moved = (Math.abs(amount - previous.amount) / previous.amount) * 100
        return moved > threshold
          ? [
              `${kind.amount!.name} in ${currency_code.toUpperCase()} from ${previous.amount} to ${amount} ` +
                `(${amount > previous.amount ? "+" : "−"}${round(moved)} %), above the alert threshold of ${threshold} %`,
            ]
          : []
      })
    case "none":
      return []
    default: {
      const unknown: never = kind.input
      throw new Error(`Unknown discount input ${unknown}`)
    }
  }
}
