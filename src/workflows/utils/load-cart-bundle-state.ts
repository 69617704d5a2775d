import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { CART_CONTEXT_FIELDS, contextOfCart } from "./bundle-context"
import type { BundleRecord, CartBundleState, CartLine, LineAdjustment } from "./cart-bundle-state"
import { compact } from "./compact"
import type { PricingCart } from "./pricing-context"

/** A cart's line adjustments, as the bundle rules read them. */
export const LINE_ADJUSTMENT_FIELDS = ["items.adjustments.id", "items.adjustments.amount", "items.adjustments.code"]

export type LoadedAdjustment = { id: string; amount: unknown; code?: string | null }

export const toLineAdjustments = (adjustments: (LoadedAdjustment | null)[] | null | undefined): LineAdjustment[] =>
  compact(adjustments ?? []).map((a) => ({ id: a.id, amount: Number(a.amount), code: a.code ?? null }))

const LINE_FIELDS = [
  "items.id",
  "items.variant_id",
  "items.product_id",
  "items.quantity",
  "items.unit_price",
  "items.compare_at_unit_price",
  "items.is_custom_price",
  "items.is_tax_inclusive",
  "items.is_discountable",
  ...LINE_ADJUSTMENT_FIELDS,
  "promotions.code",
]

type StoredBundle = Awaited<ReturnType<RoutineModuleService["listRoutineBundles"]>>[number]

/** A record as the service returns it (json columns untyped) in the engine's terms. */
export const toBundleRecord = (bundle: StoredBundle): BundleRecord => ({
  id: bundle.id,
  cart_id: bundle.cart_id,
  routine_id: bundle.routine_id,
  currency_code: bundle.currency_code,
  quantity: bundle.quantity,
  terms: bundle.terms as BundleRecord["terms"],
  discount_source: bundle.discount_source,
  symptom_ids: bundle.symptom_ids,
  subscription_interval_weeks: bundle.subscription_interval_weeks ?? null,
  subtotal: Number(bundle.subtotal),
  discount_total: Number(bundle.discount_total),
  total: Number(bundle.total),
  items: compact(bundle.items ?? []).map((item) => ({
    id: item.id,
    line_item_id: item.line_item_id ?? null,
    care_step_id: item.care_step_id,
    step_position: item.step_position,
    step_handle: item.step_handle,
    step_title: item.step_title,
    product_id: item.product_id,
    product_title: item.product_title,
    variant_id: item.variant_id,
    reason: item.reason,
    symptom_ids: item.symptom_ids,
    quantity: item.quantity,
    unit_price: Number(item.unit_price),
    discounted_unit_price: Number(item.discounted_unit_price),
    is_tax_inclusive: !!item.is_tax_inclusive,
  })),
})

type LoadedLine = Omit<CartLine, "adjustments"> & { adjustments?: (LoadedAdjustment | null)[] | null }

type LoadedCart = PricingCart & {
  completed_at: Date | null
  items?: (LoadedLine | null)[]
  promotions?: ({ code: string | null } | null)[]
}

/** A cart's lines and bundle records, and the context its lines are priced in. */
export const loadCartBundleState = async (
  container: MedusaContainer,
  cartId: string,
  /** The request's signed-in customer, if any (see contextOfCart). */
  signedInCustomerId?: string
): Promise<CartBundleState> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [found] }, records] = await Promise.all([
    query.graph({
      entity: "cart",
      fields: [...CART_CONTEXT_FIELDS, ...LINE_FIELDS],
      filters: { id: cartId },
    }),
    container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles({ cart_id: cartId }, { relations: ["items"], order: { created_at: "ASC" } }),
  ])
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${cartId} was not found`)
  }
  const cart = found as LoadedCart
  return {
    cart_id: cart.id,
    completed: !!cart.completed_at,
    lines: compact(cart.items ?? []).map((line) => ({
      id: line.id,
      variant_id: line.variant_id ?? null,
      product_id: line.product_id ?? null,
      quantity: Number(line.quantity),
      unit_price: Number(line.unit_price),
      compare_at_unit_price: line.compare_at_unit_price == null ? null : Number(line.compare_at_unit_price),
      is_custom_price: !!line.is_custom_price,
      is_tax_inclusive: !!line.is_tax_inclusive,
      is_discountable: !!line.is_discountable,
      adjustments: toLineAdjustments(line.adjustments),
    })),
    bundles: records.map(toBundleRecord),
    promo_codes: compact(cart.promotions ?? []).flatMap((p) => (p.code ? [p.code] : [])),
    context: await contextOfCart(container, cart, signedInCustomerId),
  }
}
