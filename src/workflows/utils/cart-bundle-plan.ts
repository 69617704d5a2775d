import { MathBN, MedusaError } from "@medusajs/framework/utils"
import type { BundleDiscountSource, BundleEndReason, PromotionPolicy } from "../../types"
import { lineMismatches, promotionsMayApply } from "./bundle-cart-check"
import { priceUnderTerms, regularPrices, type BundleTerms } from "./bundle-terms"
import {
  bundleLineMetadata,
  type BundleItemRecord,
  type BundleRecord,
  type CartBundleState,
  type CartLine,
} from "./cart-bundle-state"
import type { PricedRoutineBundle } from "./routine-quote"
import { offerKey, type OfferRequest, type VariantOffer } from "./variant-offers"

/*
 * The cart rules as pure functions: given a cart's lines and bundle records
 * (read under the cart's lock) and, for a refresh, the prices this shopper
 * pays for each variant alone, they return every write that brings the cart
 * back to the invariant:
 *
 *   every custom-priced line belongs to exactly one bundle record, with the
 *   record's variant, quantity and price; every record's lines are in the cart.
 *
 * Applying a plan is the job of applyCartBundlePlanWorkflow.
 */

export type LineUpdate = {
  id: string
  data: {
    quantity?: number
    unit_price: number
    compare_at_unit_price: number
    is_custom_price: boolean
    is_tax_inclusive?: boolean
    is_discountable?: boolean
  }
}

/** A line to create for a bundle item (custom-priced through core's add-to-cart). */
export type NewBundleLine = {
  bundle_id: string
  care_step_id: string
  variant_id: string
  quantity: number
  unit_price: number
  compare_at_unit_price: number
  is_tax_inclusive: boolean
  /** Unset: as the product says (core's default). */
  is_discountable?: boolean
  metadata: Record<string, string>
}

/** A record as it must be after the plan; an item without `line_item_id` gets the line created for it. */
export type BundleWrite = Omit<BundleRecord, "items"> & {
  created: boolean
  items: (Omit<BundleItemRecord, "id"> & { id: string | null })[]
}

export type CartBundlePlan = {
  line_deletes: string[]
  line_updates: LineUpdate[]
  line_adds: NewBundleLine[]
  bundle_writes: BundleWrite[]
  bundle_removals: { id: string; reason: BundleEndReason }[]
}

/**
 * The cart's bundles once a plan is applied: those it neither rewrote nor
 * removed, then its writes (as planned, or as written with their new lines).
 */
export const bundlesAfterPlan = <W extends { id: string }>(
  before: BundleRecord[],
  plan: Pick<CartBundlePlan, "bundle_writes" | "bundle_removals">,
  writes: W[]
): (BundleRecord | W)[] => {
  const replaced = new Set([...plan.bundle_writes.map((w) => w.id), ...plan.bundle_removals.map((r) => r.id)])
  return [...before.filter((b) => !replaced.has(b.id)), ...writes]
}

/**
 * How promotions meet a bundle, decided from its promotion policy and, for
 * `best_of`, from what the cart's promotions would take off its lines at
 * their regular prices (`promotion`, in major units): when that is more than
 * the bundle's own discount, the shopper gets the promotions instead.
 */
export type PolicyOptions = {
  default_policy: PromotionPolicy
  /** bundle id → the promotions' discount on its lines at regular prices. */
  promotions?: Record<string, string>
}

/** A bundle whose policy may be `best_of`, with its lines at their regular prices. */
export type BestOfCandidate = {
  bundle_id: string
  terms: BundleTerms
  lines: { variant_id: string; quantity: number; unit_price: number | string }[]
}

/** The key a bundle not yet in the cart is weighed under (its id is drawn when it is planned). */
export const NEW_BUNDLE = "new_routine_bundle"

/** A priced bundle as the cart's promotions are weighed against it: its lines at their regular prices. */
export const quoteCandidate = (quote: PricedRoutineBundle, bundleId: string = NEW_BUNDLE): BestOfCandidate => ({
  bundle_id: bundleId,
  terms: quote.terms,
  lines: quote.items.map((i) => ({ variant_id: i.variant.id, quantity: i.quantity, unit_price: i.unit_price })),
})

/** The cart's bundles at what their items cost this shopper alone now (their recorded price when unknown). */
export const refreshCandidates = (state: CartBundleState, offers: Record<string, VariantOffer>): BestOfCandidate[] =>
  state.bundles.map((bundle) => ({
    bundle_id: bundle.id,
    terms: bundle.terms,
    lines: bundle.items.map((item) => {
      const quantity = item.quantity * bundle.quantity
      return {
        variant_id: item.variant_id,
        quantity,
        unit_price: offers[offerKey({ variant_id: item.variant_id, quantity })]?.unit_price ?? item.unit_price,
      }
    }),
  }))

export const bundleOutcome = (
  terms: BundleTerms,
  bundleDiscount: string | number,
  options: PolicyOptions,
  promotion?: string
) => {
  const policy = terms.promotion_policy ?? options.default_policy
  const source: BundleDiscountSource =
    policy === "best_of" && promotion !== undefined && MathBN.gt(promotion, bundleDiscount) ? "promotion" : "bundle"
  return {
    source,
    /** Whether the bundle's lines take promotions: never with the bundle's own discount, unless `combine`. */
    promotions_apply: promotionsMayApply(source, policy),
  }
}

export const emptyPlan = (): CartBundlePlan => ({
  line_deletes: [],
  line_updates: [],
  line_adds: [],
  bundle_writes: [],
  bundle_removals: [],
})

export const isEmptyPlan = (plan: CartBundlePlan) =>
  !plan.line_deletes.length &&
  !plan.line_updates.length &&
  !plan.line_adds.length &&
  !plan.bundle_writes.length &&
  !plan.bundle_removals.length

const sameMoney = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : MathBN.eq(a, b)

/** The prices a refresh needs: every bundle item at its units in the cart, every custom-priced line at its own. */
export const offerRequests = (state: CartBundleState): OfferRequest[] => [
  ...state.bundles.flatMap((bundle) =>
    bundle.items.map((item) => ({ variant_id: item.variant_id, quantity: item.quantity * bundle.quantity }))
  ),
  ...state.lines
    .filter((line) => line.is_custom_price && line.variant_id)
    .map((line) => ({ variant_id: line.variant_id!, quantity: line.quantity })),
]

/**
 * A line leaving a bundle: back to the price the shopper pays for it alone,
 * or out of the cart when its variant can no longer be sold (a line Medusa
 * could not price would block every later change of the cart).
 */
const restoreLine = (plan: CartBundlePlan, line: CartLine, offers: Record<string, VariantOffer>) => {
  const offer = line.variant_id
    ? offers[offerKey({ variant_id: line.variant_id, quantity: line.quantity })]
    : undefined
  if (!offer?.sellable) {
    plan.line_deletes.push(line.id)
    return
  }
  plan.line_updates.push({
    id: line.id,
    data: {
      unit_price: Number(offer.unit_price),
      compare_at_unit_price: Number(offer.compare_at_unit_price),
      is_custom_price: false,
      is_tax_inclusive: offer.is_tax_inclusive,
      is_discountable: offer.discountable,
    },
  })
}

/** The record's items priced under its terms from `unitPrice(item)`; null when its currency has no discount. */
const priceRecord = (
  bundle: BundleRecord,
  state: CartBundleState,
  unitPrice: (item: BundleItemRecord) => string
) => {
  try {
    return priceUnderTerms({
      lines: bundle.items.map((item) => ({ key: item.id, unit_price: unitPrice(item), quantity: item.quantity })),
      terms: bundle.terms,
      currency_code: state.context.currency_code,
      precision: state.context.precision,
      quantity: bundle.quantity,
    })
  } catch (e) {
    if (e instanceof MedusaError && e.type === MedusaError.Types.INVALID_DATA) {
      return null
    }
    throw e
  }
}

/**
 * Brings every bundle of the cart in line with the invariant and with the
 * prices of now:
 * - a bundle whose line was changed or deleted (or, outside `rebuild_missing`,
 *   is missing) is dissolved: its other lines go back to regular prices;
 * - a bundle with a product that can no longer be sold is dissolved, that
 *   product's line leaves the cart;
 * - any other bundle is re-priced under its own terms from the shopper's
 *   current prices (region, currency, customer groups, price lists), lines
 *   deleted by a region change re-created when `rebuild_missing`;
 * - a custom-priced line no bundle claims goes back to its regular price.
 */
export const planRefresh = (
  state: CartBundleState,
  offers: Record<string, VariantOffer>,
  options: PolicyOptions & { rebuild_missing?: boolean }
): CartBundlePlan => {
  const plan = emptyPlan()
  const linesById = new Map(state.lines.map((l) => [l.id, l]))
  const settled = new Set<string>()

  const dissolve = (bundle: BundleRecord, present: CartLine[], reason: BundleEndReason) => {
    plan.bundle_removals.push({ id: bundle.id, reason })
    for (const line of present) {
      settled.add(line.id)
      if (line.is_custom_price) {
        restoreLine(plan, line, offers)
      }
    }
  }

  for (const bundle of state.bundles) {
    const lineOf = (item: BundleItemRecord) =>
      item.line_item_id ? linesById.get(item.line_item_id) : undefined
    const present = bundle.items.flatMap((item) => {
      const line = lineOf(item)
      return line && !settled.has(line.id) ? [line] : []
    })
    const missing = bundle.items.filter((item) => !lineOf(item))
    const claimedTwice = bundle.items.some((item) => {
      const line = lineOf(item)
      return line && settled.has(line.id)
    })
    const changed = bundle.items.some((item) => {
      const line = lineOf(item)
      return line && lineMismatches(line, item, bundle.quantity).length > 0
    })
    if (claimedTwice || changed) {
      dissolve(bundle, present, "line_changed")
      continue
    }
    if (missing.length && !options.rebuild_missing) {
      dissolve(bundle, present, "line_removed")
      continue
    }
    const offerOf = (item: BundleItemRecord) =>
      offers[offerKey({ variant_id: item.variant_id, quantity: item.quantity * bundle.quantity })]
    if (bundle.items.some((item) => !offerOf(item)?.sellable)) {
      dissolve(bundle, present, "product_unavailable")
      continue
    }
    const discounted = priceRecord(bundle, state, (item) => offerOf(item)!.unit_price!)
    if (!discounted) {
      dissolve(bundle, present, "currency_unavailable")
      continue
    }
    const outcome = bundleOutcome(bundle.terms, discounted.discount_total, options, options.promotions?.[bundle.id])
    const priced = outcome.source === "promotion" ? regularPrices(discounted) : discounted

    let rewritten =
      missing.length > 0 ||
      bundle.currency_code !== state.context.currency_code ||
      bundle.discount_source !== outcome.source
    const items = bundle.items.map((item, index) => {
      const line = lineOf(item)
      const offer = offerOf(item)!
      const unit_price = Number(priced.lines[index].unit_price)
      const discounted_unit_price = Number(priced.lines[index].discounted_unit_price)
      const repriced =
        !sameMoney(unit_price, item.unit_price) ||
        !sameMoney(discounted_unit_price, item.discounted_unit_price) ||
        offer.is_tax_inclusive !== item.is_tax_inclusive
      rewritten ||= repriced
      const is_discountable = outcome.promotions_apply && offer.discountable
      if (line) {
        settled.add(line.id)
        if (
          repriced ||
          !sameMoney(line.unit_price, discounted_unit_price) ||
          !sameMoney(line.compare_at_unit_price, unit_price) ||
          line.is_discountable !== is_discountable
        ) {
          plan.line_updates.push({
            id: line.id,
            data: {
              unit_price: discounted_unit_price,
              compare_at_unit_price: unit_price,
              is_custom_price: true,
              is_tax_inclusive: offer.is_tax_inclusive,
              is_discountable,
            },
          })
        }
      } else {
        plan.line_adds.push({
          bundle_id: bundle.id,
          care_step_id: item.care_step_id,
          variant_id: item.variant_id,
          quantity: item.quantity * bundle.quantity,
          unit_price: discounted_unit_price,
          compare_at_unit_price: unit_price,
          is_tax_inclusive: offer.is_tax_inclusive,
          is_discountable,
          metadata: bundleLineMetadata(bundle, item),
        })
      }
      return {
        ...item,
        line_item_id: line ? line.id : null,
        unit_price,
        discounted_unit_price,
        is_tax_inclusive: offer.is_tax_inclusive,
      }
    })
    if (rewritten) {
      plan.bundle_writes.push({
        ...bundle,
        created: false,
        discount_source: outcome.source,
        currency_code: state.context.currency_code,
        subtotal: Number(priced.subtotal),
        discount_total: Number(priced.discount_total),
        total: Number(priced.total),
        items,
      })
    }
  }

  for (const line of state.lines) {
    if (line.is_custom_price && !settled.has(line.id)) {
      restoreLine(plan, line, offers)
    }
  }
  return plan
}

/** The quote as the cart will hold it: at regular prices when `best_of` lets the promotions win. */
const settleQuote = (quote: PricedRoutineBundle, options: PolicyOptions, bundleId: string) => {
  const outcome = bundleOutcome(quote.terms, quote.discount_total, options, options.promotions?.[bundleId])
  if (outcome.source === "bundle") {
    return { quote, outcome }
  }
  return {
    outcome,
    quote: {
      ...quote,
      discount_total: 0,
      total: quote.subtotal,
      items: quote.items.map((item) => ({ ...item, discounted_unit_price: item.unit_price, total: item.subtotal })),
    },
  }
}

/**
 * Every bundle of the cart dissolved, its lines kept at the price the
 * shopper pays for them alone: what the merchant asks before removing the
 * plugin, so no cart is left with prices nothing enforces any more.
 */
export const planDissolveAll = (state: CartBundleState, offers: Record<string, VariantOffer>): CartBundlePlan => {
  const plan = emptyPlan()
  const lines = new Map(state.lines.map((l) => [l.id, l]))
  for (const bundle of state.bundles) {
    plan.bundle_removals.push({ id: bundle.id, reason: "dissolved_by_merchant" })
  }
  for (const line of lines.values()) {
    if (line.is_custom_price) {
      restoreLine(plan, line, offers)
    }
  }
  return plan
}

/** The record of a priced bundle, its items without lines yet. */
const recordOf = (
  id: string,
  state: CartBundleState,
  settled: ReturnType<typeof settleQuote>,
  keep: (stepId: string) => { id: string; line_item_id: string } | undefined
): BundleWrite => {
  const { quote, outcome } = settled
  return {
    id,
    created: false,
    cart_id: state.cart_id,
    routine_id: quote.routine_id,
    currency_code: quote.currency_code,
    quantity: quote.quantity,
    terms: quote.terms,
    discount_source: outcome.source,
    symptom_ids: quote.symptoms.map((s) => s.id),
    subscription_interval_weeks: quote.subscription_interval_weeks,
    subtotal: quote.subtotal,
    discount_total: quote.discount_total,
    total: quote.total,
    items: quote.items.map((item) => {
      const kept = keep(item.step.id)
      return {
        id: kept?.id ?? null,
        line_item_id: kept?.line_item_id ?? null,
        care_step_id: item.step.id,
        step_position: item.step.position,
        step_handle: item.step.handle,
        step_title: item.step.title,
        product_id: item.product.id,
        product_title: item.product.title,
        variant_id: item.variant.id,
        reason: item.reason,
        symptom_ids: item.symptoms.map((s) => s.id),
        quantity: item.quantity / quote.quantity,
        unit_price: item.unit_price,
        discounted_unit_price: item.discounted_unit_price,
        is_tax_inclusive: item.is_tax_inclusive,
      }
    }),
  }
}

const linesToAdd = (write: BundleWrite, settled: ReturnType<typeof settleQuote>): NewBundleLine[] =>
  write.items
    .filter((item) => !item.line_item_id)
    .map((item) => ({
      bundle_id: write.id,
      care_step_id: item.care_step_id,
      variant_id: item.variant_id,
      quantity: item.quantity * write.quantity,
      unit_price: item.discounted_unit_price,
      compare_at_unit_price: item.unit_price,
      is_tax_inclusive: item.is_tax_inclusive,
      // Unset lets core take the product's own `discountable`.
      ...(!settled.outcome.promotions_apply && { is_discountable: false }),
      metadata: bundleLineMetadata(write, item),
    }))

/** A new bundle from a quote (weighed against the promotions as `quoteCandidate(quote)`): a record and one custom-priced line per item. */
export const planAdd = (
  state: CartBundleState,
  quote: PricedRoutineBundle,
  bundleId: string,
  options: PolicyOptions
): CartBundlePlan => {
  const settled = settleQuote(quote, options, NEW_BUNDLE)
  const write = { ...recordOf(bundleId, state, settled, () => undefined), created: true }
  return { ...emptyPlan(), bundle_writes: [write], line_adds: linesToAdd(write, settled) }
}

/**
 * A bundle changed by the shopper (quantity, swaps, steps left out or taken
 * back) into the quote's bundle, keeping its id. A step keeping its product
 * keeps its line (quantity and price updated); a swapped or dropped step's
 * line leaves the cart; a new or swapped-in product gets a new line.
 */
export const planEdit = (
  state: CartBundleState,
  bundle: BundleRecord,
  priced: PricedRoutineBundle,
  options: PolicyOptions
): CartBundlePlan => {
  const settled = settleQuote(priced, options, bundle.id)
  const { quote } = settled
  const plan = emptyPlan()
  const lines = new Map(state.lines.map((l) => [l.id, l]))
  const kept = new Map<string, { id: string; line_item_id: string }>()
  for (const item of bundle.items) {
    const line = item.line_item_id ? lines.get(item.line_item_id) : undefined
    const next = quote.items.find((q) => q.step.id === item.care_step_id)
    if (line && next && next.variant.id === item.variant_id && line.variant_id === item.variant_id) {
      kept.set(item.care_step_id, { id: item.id, line_item_id: line.id })
      plan.line_updates.push({
        id: line.id,
        data: {
          quantity: next.quantity,
          unit_price: next.discounted_unit_price,
          compare_at_unit_price: next.unit_price,
          is_custom_price: true,
          is_tax_inclusive: next.is_tax_inclusive,
          is_discountable: settled.outcome.promotions_apply && next.discountable,
        },
      })
    } else if (line) {
      plan.line_deletes.push(line.id)
    }
  }
  const write = recordOf(bundle.id, state, settled, (stepId) => kept.get(stepId))
  plan.bundle_writes.push(write)
  plan.line_adds.push(...linesToAdd(write, settled))
  return plan
}

/** A bundle taken out by the shopper: its lines leave the cart with it. */
export const planRemove = (state: CartBundleState, bundle: BundleRecord): CartBundlePlan => {
  const present = new Set(state.lines.map((l) => l.id))
  return {
    ...emptyPlan(),
    line_deletes: bundle.items.flatMap((i) =>
      i.line_item_id && present.has(i.line_item_id) ? [i.line_item_id] : []
    ),
    bundle_removals: [{ id: bundle.id, reason: "removed" }],
  }
}
