import { MedusaError } from "@medusajs/framework/utils"
import type {
  BundleItemReason,
  BundleProduct,
  BundleVariant,
  StepSummary,
  SymptomSummary,
  UnavailableStep,
  UnsellableCause,
} from "../../types"
import { leavableSteps, leaveOutRefusal } from "../../lib/leave-out-rule"
import {
  isAvailable,
  isInSalesChannel,
  isPricedIn,
  regularPrice,
  sortSteps,
  variantOptions,
  type GraphProduct,
  type GraphStep,
  type GraphVariant,
  type RoutineGraph,
  type VariantAvailability,
} from "./routine-graph"

export type ChosenBundleItem = {
  step: StepSummary
  product: BundleProduct
  variant: BundleVariant
  reason: BundleItemReason
  /** The shopper's symptoms this product answers. */
  symptoms: SymptomSummary[]
  /** The regular unit price as Medusa calculated it, exact. */
  unit_price: string
  is_tax_inclusive: boolean
  /** Whether Medusa promotions may apply to the product (its `discountable`). */
  discountable: boolean
  /** With reason `fallback`: the product preferred for the step, which could not be sold, and why. */
  fallback_from: FallbackFrom | null
}

export type FallbackFrom = { product_id: string; product_title: string; cause: UnsellableCause }

export type BundleChoice = {
  items: ChosenBundleItem[]
  unavailable_steps: UnavailableStep[]
  skipped_steps: StepSummary[]
  /** The steps kept that the shopper may still leave out (src/lib/leave-out-rule.ts). */
  leavable_steps: StepSummary[]
}

export type ChooseBundleItemsInput = {
  routine: RoutineGraph
  /** The shopper's symptoms, already resolved. */
  symptoms: SymptomSummary[]
  /** Step id or handle → variant id. */
  selections: Record<string, string>
  /** Step ids or handles. */
  skip_steps: string[]
  quantity: number
  currency_code: string
  sales_channel_id: string
  availability: VariantAvailability
}

type Candidate = {
  product: GraphProduct
  variant: GraphVariant
  matches: SymptomSummary[]
  is_default: boolean
  rank: number
}

const findStep = (steps: GraphStep[], key: string) =>
  steps.find((s) => s.id === key || s.handle === key)

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

const stepsByKey = (steps: GraphStep[], keys: string[], field: string) =>
  keys.map((key) => {
    const step = findStep(steps, key)
    if (!step) {
      throw invalid(`${field}: the routine has no step "${key}"`)
    }
    return step
  })

/** Most symptoms answered first, then the merchant's default, then the link's rank. */
const byPreference = (a: Candidate, b: Candidate) =>
  b.matches.length - a.matches.length ||
  Number(b.is_default) - Number(a.is_default) ||
  a.rank - b.rank

const candidatesOf = (step: GraphStep, symptomIds: Set<string>) =>
  (step.products ?? [])
    .filter((product): product is GraphProduct => !!product)
    .flatMap((product) => {
      const link = (step.product_link ?? []).find(
        (l) => l?.product_id === product.id
      )
      const matches = (product.symptoms ?? [])
        .filter((s) => s && symptomIds.has(s.id))
        .map(({ id, handle, name }) => ({ id, handle, name }))
        .sort((a, b) => a.handle.localeCompare(b.handle))
      return (product.variants ?? []).map((variant) => ({
        product,
        variant,
        matches,
        is_default: !!link?.is_default,
        rank: link?.rank ?? 0,
      }))
    })
    .sort(byPreference)

export const stepSummary = (step: GraphStep): StepSummary => ({
  id: step.id,
  handle: step.handle,
  title: step.title,
  position: step.position,
  guidance: step.guidance ?? null,
  optional: !!step.optional,
})

const toItem = (
  step: GraphStep,
  candidate: Candidate,
  reason: BundleItemReason,
  fallback_from: FallbackFrom | null
): ChosenBundleItem => ({
  step: stepSummary(step),
  product: {
    id: candidate.product.id,
    title: candidate.product.title,
    handle: candidate.product.handle,
    subtitle: candidate.product.subtitle ?? null,
    thumbnail: candidate.product.thumbnail ?? null,
  },
  variant: {
    id: candidate.variant.id,
    title: candidate.variant.title ?? null,
    sku: candidate.variant.sku ?? null,
    options: variantOptions(candidate.variant),
  },
  reason,
  symptoms: candidate.matches,
  unit_price: regularPrice(candidate.variant.calculated_price!),
  is_tax_inclusive:
    !!candidate.variant.calculated_price!.is_calculated_price_tax_inclusive,
  discountable: candidate.product.discountable !== false,
  fallback_from,
})

/** Why a candidate cannot be sold here, checked in this order; null when it can. */
const unsellableCause = (candidate: Candidate, input: ChooseBundleItemsInput): UnsellableCause | null =>
  candidate.product.status !== "published"
    ? "draft"
    : !isInSalesChannel(candidate.product, [input.sales_channel_id])
      ? "not_in_channel"
      : !isPricedIn(candidate.variant, input.currency_code)
        ? "not_priced"
        : !isAvailable(candidate.variant, input.availability, input.quantity)
          ? "out_of_stock"
          : null

const preferenceReason = (candidate: Candidate): BundleItemReason =>
  candidate.matches.length
    ? "symptoms"
    : candidate.is_default
      ? "default"
      : "rank"

const unavailableMessage = (
  step: GraphStep,
  visible: Candidate[],
  input: ChooseBundleItemsInput
) => {
  const currency = input.currency_code.toUpperCase()
  if (!visible.length) {
    return `No product of step "${step.handle}" is sold in this sales channel and priced in ${currency}`
  }
  const titles = [...new Set(visible.map((c) => c.product.title))].join(", ")
  return `No product of step "${step.handle}" is in stock for quantity ${input.quantity} (${titles})`
}

/**
 * Chooses one variant per step. A candidate counts only when its product is
 * published, in the sales channel, priced in the currency and in stock for
 * the quantity. An explicit pick wins; otherwise the candidates are ordered
 * by symptoms answered, merchant default and rank. When the preferred
 * candidate (or the pick) cannot be sold, the next one is taken with reason
 * `fallback`. Invalid input throws INVALID_DATA naming the field and step.
 */
export const chooseBundleItems = (input: ChooseBundleItemsInput): BundleChoice => {
  const steps = sortSteps(input.routine.steps.filter(Boolean))
  const skipped = [...new Set(stepsByKey(steps, input.skip_steps, "skip_steps"))]
  const minSteps = input.routine.min_steps ?? null
  const refusal = leaveOutRefusal(steps, skipped, minSteps)
  if (refusal) {
    throw invalid(`skip_steps: ${refusal}`)
  }
  const selections = new Map<string, string>()
  for (const [key, variantId] of Object.entries(input.selections)) {
    const [step] = stepsByKey(steps, [key], "selections")
    if (skipped.includes(step)) {
      throw invalid(`selections: step "${step.handle}" is also in skip_steps`)
    }
    selections.set(step.id, variantId)
  }
  const symptomIds = new Set(input.symptoms.map((s) => s.id))

  const choice: BundleChoice = {
    items: [],
    unavailable_steps: [],
    skipped_steps: skipped.map(stepSummary),
    leavable_steps: leavableSteps(steps, skipped, minSteps).map(stepSummary),
  }
  for (const step of steps.filter((s) => !skipped.includes(s))) {
    const candidates = candidatesOf(step, symptomIds)
    const pickId = selections.get(step.id)
    const pick = pickId && candidates.find((c) => c.variant.id === pickId)
    if (pickId && !pick) {
      throw invalid(
        `selections: variant "${pickId}" is not a product of step "${step.handle}"`
      )
    }
    const causes = new Map(candidates.map((c) => [c, unsellableCause(c, input)]))
    // Offered here, stock aside: what a shopper would be sold if it were in stock.
    const visible = candidates.filter((c) => [null, "out_of_stock"].includes(causes.get(c)!))
    const sellable = visible.filter((c) => causes.get(c) === null)
    const preferred = pick || visible[0]
    const chosen = pick && sellable.includes(pick) ? pick : sellable[0]
    if (!chosen) {
      choice.unavailable_steps.push({
        id: step.id,
        handle: step.handle,
        title: step.title,
        optional: step.optional,
        availability: visible.length ? "out_of_stock" : "not_sold",
        message: unavailableMessage(step, visible, input),
      })
      continue
    }
    if (chosen !== preferred) {
      const fallbackFrom = { product_id: preferred.product.id, product_title: preferred.product.title, cause: causes.get(preferred)! }
      choice.items.push(toItem(step, chosen, "fallback", fallbackFrom))
      continue
    }
    choice.items.push(toItem(step, chosen, pick ? "selection" : preferenceReason(chosen), null))
  }
  return choice
}
