import type { RoutineQuote, SymptomSummary } from "../../types"
import type { BundleContext } from "./bundle-context"
import { priceUnderTerms, type BundleTerms } from "./bundle-terms"
import type { BundleChoice } from "./choose-bundle-items"
import type { RoutineGraph } from "./routine-graph"

export type QuoteContext = Pick<BundleContext, "region_id" | "currency_code" | "precision" | "fingerprint">

/**
 * The priced bundle a storefront shows and a cart receives, with what stays
 * on the server: the terms it was priced under and the fingerprint of the
 * pricing context (a cart add checks it again under the cart's lock).
 */
export type PricedRoutineBundle = RoutineQuote & { terms: BundleTerms; fingerprint: string }

export const toRoutineQuote = (input: {
  routine: Pick<RoutineGraph, "id" | "handle" | "title">
  terms: BundleTerms
  choice: BundleChoice
  symptoms: SymptomSummary[]
  context: QuoteContext
  quantity: number
}): PricedRoutineBundle => {
  const { routine, choice, context, quantity } = input
  const priced = priceUnderTerms({
    lines: choice.items.map((i) => ({ key: i.step.id, unit_price: i.unit_price })),
    terms: input.terms,
    currency_code: context.currency_code,
    precision: context.precision,
    quantity,
  })
  return {
    routine_id: routine.id,
    routine_handle: routine.handle,
    routine_title: routine.title,
    region_id: context.region_id,
    currency_code: context.currency_code,
    quantity,
    complete: !choice.unavailable_steps.some((s) => !s.optional),
    items: choice.items.map((item, index) => {
      const line = priced.lines[index]
      return {
        ...item,
        quantity: line.quantity * quantity,
        unit_price: Number(line.unit_price),
        discounted_unit_price: Number(line.discounted_unit_price),
        subtotal: Number(line.subtotal),
        total: Number(line.total),
      }
    }),
    unavailable_steps: choice.unavailable_steps,
    skipped_steps: choice.skipped_steps,
    symptoms: input.symptoms,
    subtotal: Number(priced.subtotal),
    discount_total: Number(priced.discount_total),
    total: Number(priced.total),
    terms: input.terms,
    fingerprint: context.fingerprint,
  }
}

/** The quote as the API shows it: the terms stay on the server. */
export const publicQuote = ({
  terms: _terms,
  fingerprint: _fingerprint,
  ...quote
}: PricedRoutineBundle): RoutineQuote => quote
