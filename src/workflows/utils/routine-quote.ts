import { MedusaError } from "@medusajs/framework/utils"
import {
  BundlePricingError,
  priceBundle,
  type BundleDiscount,
} from "../../lib/bundle-pricing"
import type { BundleChoice, ChosenBundleItem } from "./choose-bundle-items"
import type { RoutineGraph } from "./routine-graph"

export type RoutineQuoteItem = Omit<ChosenBundleItem, "unit_price" | "is_tax_inclusive"> & {
  /** Units in the cart: one per bundle, times the bundle quantity. */
  quantity: number
  unit_price: number
  discounted_unit_price: number
  subtotal: number
  total: number
  is_tax_inclusive: boolean
}

export type RoutineQuote = {
  routine_id: string
  routine_handle: string
  region_id: string
  currency_code: string
  quantity: number
  /** False when a required step has no product that can be sold. */
  complete: boolean
  items: RoutineQuoteItem[]
  unavailable_steps: BundleChoice["unavailable_steps"]
  subtotal: number
  discount_total: number
  total: number
}

export type QuoteContext = {
  region_id: string
  currency_code: string
  precision: number
}

const routineDiscount = (
  routine: RoutineGraph,
  currencyCode: string
): BundleDiscount => {
  if (routine.discount_type === "percentage") {
    return { type: "percentage", value: routine.discount_value }
  }
  const amount = (routine.discount_amounts ?? []).find(
    (a) => a?.currency_code === currencyCode
  )
  if (!amount) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Routine "${routine.handle}" cannot be sold in ${currencyCode.toUpperCase()}: its fixed discount has no amount in that currency`
    )
  }
  return { type: "fixed", amount: amount.amount }
}

const priceItems = (
  items: ChosenBundleItem[],
  discount: BundleDiscount,
  context: QuoteContext,
  quantity: number
) => {
  if (!items.length) {
    return { lines: [], subtotal: "0", discount_total: "0", total: "0" }
  }
  try {
    return priceBundle({
      lines: items.map((i) => ({ key: i.step.id, unit_price: i.unit_price, quantity: 1 })),
      discount,
      precision: context.precision,
      bundleQuantity: quantity,
    })
  } catch (e) {
    if (e instanceof BundlePricingError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    }
    throw e
  }
}

/** The priced bundle a storefront shows and a cart receives. */
export const toRoutineQuote = (
  routine: RoutineGraph,
  choice: BundleChoice,
  context: QuoteContext,
  quantity: number
): RoutineQuote => {
  const priced = priceItems(
    choice.items,
    routineDiscount(routine, context.currency_code),
    context,
    quantity
  )
  return {
    routine_id: routine.id,
    routine_handle: routine.handle,
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
        is_tax_inclusive: item.is_tax_inclusive,
      }
    }),
    unavailable_steps: choice.unavailable_steps,
    subtotal: Number(priced.subtotal),
    discount_total: Number(priced.discount_total),
    total: Number(priced.total),
  }
}
