import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import type { PartialReturnPolicy } from "../../types"
import { priceUnderTerms, termsForSteps } from "./bundle-terms"
import type { BundleItemRecord, BundleRecord } from "./cart-bundle-state"

/** Units of each bundle item the shopper keeps (after order edits and received returns), by item id. */
export type KeptUnits = Record<string, number>

export type KeptBundle = {
  /** What the kept units cost at the prices the shopper paid for them. */
  kept_total: number
  /**
   * What the kept units cost more when priced for the steps kept
   * (`reprice_kept`): the part of the refund the shopper does not get back.
   * 0 under `keep_discount`, and for a bundle that got the cart's
   * promotions instead of its own discount (its lines are at regular prices).
   */
  reprice_amount: number
}

const sum = (amounts: BigNumberInput[]) =>
  amounts.reduce<ReturnType<typeof MathBN.convert>>((total, a) => MathBN.add(total, a), MathBN.convert(0))

const regular = (item: BundleItemRecord, units: number) => MathBN.mult(item.unit_price, units)

/**
 * What the kept units of the bundle cost under the routine's offer for the
 * steps kept. A bundle of quantity q is q copies: copy j holds a step when
 * at least j of its units are kept, so returning one cleanser of two
 * bundles leaves one full bundle and one without its cleanser. Each copy is
 * priced as a bundle of the steps it holds (no discount below the fewest
 * steps), units left over from a partial copy at their regular price.
 */
const repricedTotal = (bundle: BundleRecord, kept: KeptUnits, precision: number) => {
  const copies = new Map<string, { items: BundleItemRecord[]; count: number }>()
  for (let copy = 1; copy <= bundle.quantity; copy++) {
    const items = bundle.items.filter((item) => (kept[item.id] ?? 0) >= copy * item.quantity)
    if (!items.length) continue
    const key = items.map((i) => i.id).join()
    copies.set(key, { items, count: (copies.get(key)?.count ?? 0) + 1 })
  }
  const inCopies = (item: BundleItemRecord) =>
    [...copies.values()].reduce((units, c) => units + (c.items.includes(item) ? c.count * item.quantity : 0), 0)
  const leftovers = bundle.items.map((item) => regular(item, (kept[item.id] ?? 0) - inCopies(item)))
  const priced = [...copies.values()].map(({ items, count }) => {
    const terms = termsForSteps(bundle.terms, items.length)
    if (!terms) {
      return sum(items.map((item) => regular(item, item.quantity * count)))
    }
    return priceUnderTerms({
      lines: items.map((item) => ({ key: item.id, unit_price: item.unit_price, quantity: item.quantity })),
      terms,
      currency_code: bundle.currency_code,
      precision,
      quantity: count,
    }).total
  })
  return sum([...priced, ...leftovers])
}

/** What a shopper keeps of a bundle, and what keeping only that costs under the store's policy. */
export const keptBundle = (
  bundle: BundleRecord,
  kept: KeptUnits,
  policy: PartialReturnPolicy,
  precision: number
): KeptBundle => {
  const paid = sum(bundle.items.map((item) => MathBN.mult(item.discounted_unit_price, kept[item.id] ?? 0)))
  const repriceAmount = (): number => {
    switch (policy) {
      case "keep_discount":
        return 0
      case "reprice_kept": {
        if (bundle.discount_source === "promotion") return 0
        const more = MathBN.sub(repricedTotal(bundle, kept, precision), paid)
        return MathBN.gt(more, 0) ? MathBN.convert(more).toNumber() : 0
      }
    }
  }
  return { kept_total: MathBN.convert(paid).toNumber(), reprice_amount: repriceAmount() }
}
