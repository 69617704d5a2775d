import { MedusaError } from "@medusajs/framework/utils"
import type { BundleDiscountSource } from "../../types"
import type { BundleContext } from "./bundle-context"
import type { BundleTerms } from "./bundle-terms"

/** Money a promotion takes off a line (Medusa's line item adjustment). */
export type LineAdjustment = { id: string; amount: number; code: string | null }

/** A cart line as the bundle rules read it. */
export type CartLine = {
  id: string
  variant_id: string | null
  product_id: string | null
  quantity: number
  unit_price: number
  compare_at_unit_price: number | null
  is_custom_price: boolean
  is_tax_inclusive: boolean
  is_discountable: boolean
  adjustments: LineAdjustment[]
}

/** One item of a bundle record; `quantity` is per ONE bundle. */
export type BundleItemRecord = {
  id: string
  line_item_id: string | null
  care_step_id: string
  step_position: number
  step_handle: string
  step_title: string
  product_id: string
  product_title: string
  variant_id: string
  reason: string
  symptom_ids: string[]
  quantity: number
  unit_price: number
  discounted_unit_price: number
  is_tax_inclusive: boolean
}

/** A bundle as the plugin's table records it: the truth about a bundle in a cart. */
export type BundleRecord = {
  id: string
  cart_id: string
  routine_id: string
  currency_code: string
  quantity: number
  terms: BundleTerms
  discount_source: BundleDiscountSource
  symptom_ids: string[]
  /** Null: bought once; else a subscription refilled every this many weeks (its discount is in `terms`). */
  subscription_interval_weeks: number | null
  subtotal: number
  discount_total: number
  total: number
  items: BundleItemRecord[]
}

/** A cart, its lines and its bundle records, read under the cart's lock. */
export type CartBundleState = {
  cart_id: string
  completed: boolean
  lines: CartLine[]
  bundles: BundleRecord[]
  /** The promotion codes on the cart (automatic ones included once applied). */
  promo_codes: string[]
  context: BundleContext
}

/** The metadata written on a bundle's lines: informative for storefronts, never read back. */
export const bundleLineMetadata = (bundle: { id: string; routine_id: string }, item: { care_step_id: string; step_handle: string }) => ({
  routine_bundle_id: bundle.id,
  routine_id: bundle.routine_id,
  care_step_id: item.care_step_id,
  step_handle: item.step_handle,
})

/** The bundle of the cart with this id; 404 when the cart holds none. */
export const findCartBundle = (state: CartBundleState, bundleId: string) => {
  const bundle = state.bundles.find((b) => b.id === bundleId)
  if (!bundle) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Routine bundle with id: ${bundleId} was not found in cart ${state.cart_id}`
    )
  }
  return bundle
}
