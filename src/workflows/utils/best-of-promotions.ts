import type { ComputeActionContext, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import type { PromotionPolicy } from "../../types"
import type { BestOfCandidate } from "./cart-bundle-plan"
import type { CartBundleState } from "./cart-bundle-state"


// The cart as core's promotion workflow hands it to the promotion module
// (core's cartFieldsForRefreshSteps, which core-flows does not export).
const PROMOTION_CONTEXT_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "region.*",
  "items.*",
  "items.product.id",
  "items.product.collection_id",
  "items.product.categories.id",
  "items.product.tags.id",
  "items.product.type_id",
  "shipping_address.*",
  "shipping_methods.*",
  "shipping_methods.shipping_option.shipping_option_type_id",
  "customer.*",
  "customer.groups.*",
]

type ContextItem = Record<string, unknown> & { id: string; quantity: number; unit_price: number }

/**
 * For each `best_of` bundle, what the cart's promotions would take off its
 * lines if they were at their regular prices and open to promotions: the
 * promotion module computes it from the cart as it is, with those lines
 * swapped in. All such bundles are evaluated together, as they would stand
 * in the cart. Empty when the cart has no promotion or no `best_of` bundle.
 */
export const bestOfPromotions = async (
  container: MedusaContainer,
  state: CartBundleState,
  candidates: BestOfCandidate[],
  defaultPolicy: PromotionPolicy
): Promise<Record<string, string>> => {
  const bestOf = candidates.filter((c) => (c.terms.promotion_policy ?? defaultPolicy) === "best_of")
  if (!bestOf.length || !state.promo_codes.length) {
    return {}
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: [cart] }, { data: variants }] = await Promise.all([
    query.graph({ entity: "cart", fields: PROMOTION_CONTEXT_FIELDS, filters: { id: state.cart_id } }),
    query.graph({
      entity: "variant",
      fields: ["id", "product.id", "product.collection_id", "product.categories.id", "product.tags.id", "product.type_id"],
      filters: { id: [...new Set(bestOf.flatMap((c) => c.lines.map((l) => l.variant_id)))] },
    }),
  ])
  const replaced = new Set(
    state.bundles.filter((b) => bestOf.some((c) => c.bundle_id === b.id)).flatMap((b) => b.items.map((i) => i.line_item_id))
  )
  const lineIds: Record<string, string> = {}
  const swappedIn: ContextItem[] = bestOf.flatMap((candidate) =>
    candidate.lines.map((line, index) => {
      const id = `best_of_${candidate.bundle_id}_${index}`
      lineIds[id] = candidate.bundle_id
      const variant = (variants as { id: string; product?: Record<string, unknown> }[]).find((v) => v.id === line.variant_id)
      const subtotal = MathBN.convert(MathBN.mult(line.unit_price, line.quantity)).toNumber()
      return {
        id,
        variant_id: line.variant_id,
        product_id: variant?.product?.id,
        product: variant?.product,
        quantity: line.quantity,
        unit_price: Number(line.unit_price),
        subtotal,
        original_total: subtotal,
        is_discountable: true,
        adjustments: [],
      }
    })
  )
  const items = ((cart?.items ?? []) as (ContextItem | null)[])
    .filter((item): item is ContextItem => !!item && !replaced.has(item.id))
    .map((item) => ({
      ...item,
      subtotal: MathBN.convert(MathBN.mult(item.unit_price, item.quantity)).toNumber(),
      original_total: MathBN.convert(MathBN.mult(item.unit_price, item.quantity)).toNumber(),
    }))
  const actions = await container
    .resolve(Modules.PROMOTION)
    .computeActions(state.promo_codes, { ...cart, items: [...items, ...swappedIn] } as ComputeActionContext)
  const values: Record<string, string> = Object.fromEntries(bestOf.map((c) => [c.bundle_id, "0"]))
  for (const action of actions) {
    if (action.action === "addItemAdjustment" && lineIds[action.item_id]) {
      const bundleId = lineIds[action.item_id]
      values[bundleId] = MathBN.convert(MathBN.add(values[bundleId], action.amount)).toString()
    }
  }
  return values
}
