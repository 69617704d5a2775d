import { discountKind, type DiscountType } from "./discount-kinds"

/** An offer as its history records it: the parts of RoutineModuleService's RoutineOffer that price a bundle. */
export type OfferSnapshot = {
  discount_type: DiscountType
  discount_value: number
  discount_amounts: { currency_code: string; amount: number }[]
  discount_tiers: { min_steps: number; percentage: number }[]
}

/** The most a percentage offer takes off: its best tier, or its one rate when it has none (tiers replace it). */
const bestRate = (offer: OfferSnapshot) =>
  offer.discount_tiers.length ? Math.max(...offer.discount_tiers.map((t) => t.percentage)) : offer.discount_value

const round = (n: number) => Math.round(n * 100) / 100

/**
 * Why an offer change deserves a merchant's attention, given the store's
 * threshold in percent (empty when it does not):
 * - a percentage offer that now takes more than the threshold off at its
 *   best and more than before (or that was another kind before);
 * - an amount (an amount off, a set price) that moved by more than the
 *   threshold of what it was, in any currency; or, on a routine that had an
 *   offer, an amount with nothing to compare it to (a new kind, a new
 *   currency, an amount that was 0), which a threshold cannot measure.
 * The cheapest step free is bounded by the routine itself and never alerts.
 */
export const offerAlerts = (before: OfferSnapshot | null, after: OfferSnapshot, threshold: number): string[] => {
  const kind = discountKind(after.discount_type)
  const sameKind = before?.discount_type === after.discount_type
  const above = `above the alert threshold of ${threshold} %`
  switch (kind.input) {
    case "percentage": {
      const rate = bestRate(after)
      const was = before && sameKind ? `${round(bestRate(before))} %` : before ? discountKind(before.discount_type).label.toLowerCase() : null
      return rate > threshold && (!before || !sameKind || rate > bestRate(before))
        ? [`up to ${round(rate)} % off${was ? ` (was ${was})` : ""}, ${above}`]
        : []
    }
    case "amounts":
      return after.discount_amounts.flatMap(({ currency_code, amount }) => {
        const name = `${kind.amount!.name} in ${currency_code.toUpperCase()}`
        const previous = sameKind ? before?.discount_amounts.find((a) => a.currency_code === currency_code) : undefined
        if (!previous || previous.amount === 0) {
          return before && previous?.amount !== amount ? [`${name} is now ${amount}, with no earlier amount to compare it to`] : []
        }
        const moved = (Math.abs(amount - previous.amount) / previous.amount) * 100
        return moved > threshold
          ? [`${name} from ${previous.amount} to ${amount} (${amount > previous.amount ? "+" : "−"}${round(moved)} %), ${above}`]
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
