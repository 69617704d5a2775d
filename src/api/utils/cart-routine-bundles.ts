import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type {
  BundleItemReason,
  CartRoutineBundle,
  StepSummary,
  SymptomSummary,
} from "../../types"
import { compact } from "../../workflows/utils/compact"
import { discountOf } from "../../workflows/utils/routine-quote"
import { toBundleRecord } from "../../workflows/utils/load-cart-bundle-state"
import { sortSteps, variantOptions, type GraphVariant } from "../../workflows/utils/routine-graph"

type RoutineRow = {
  id: string
  handle: string
  title: string
  steps: ({ id: string; handle: string; title: string; position: number; guidance: string | null; optional: boolean } | null)[]
}
type ProductRow = {
  id: string
  title: string
  handle: string
  subtitle: string | null
  thumbnail: string | null
  variants: (GraphVariant | null)[]
}

const times = (amount: number, units: number) => MathBN.convert(MathBN.mult(amount, units)).toNumber()

/**
 * The bundles of a cart (or of the order a cart became) as a storefront shows
 * them, from our records: the routine, each item in step order with its step,
 * product, variant, reason and symptoms by name, regular and bundle prices.
 * Routines, products and symptoms deleted since still show.
 */
export const listCartRoutineBundles = async (
  container: MedusaContainer,
  filter: { cart_id: string } | { order_id: string }
): Promise<CartRoutineBundle[]> => {
  const records = (
    await container
      .resolve<RoutineModuleService>(ROUTINE_MODULE)
      .listRoutineBundles(filter, { relations: ["items"], order: { created_at: "ASC" } })
  ).map(toBundleRecord)
  if (!records.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const unique = (ids: string[]) => [...new Set(ids)]
  const [routines, products, symptoms] = await Promise.all([
    query.graph({
      entity: "routine",
      fields: ["id", "handle", "title", "steps.id", "steps.handle", "steps.title", "steps.position", "steps.guidance", "steps.optional"],
      filters: { id: unique(records.map((r) => r.routine_id)) },
      withDeleted: true,
    }),
    query.graph({
      entity: "product",
      fields: ["id", "title", "handle", "subtitle", "thumbnail", "variants.id", "variants.title", "variants.sku", "variants.options.value", "variants.options.option.title"],
      filters: { id: unique(records.flatMap((r) => r.items.map((i) => i.product_id))) },
      withDeleted: true,
    }),
    query.graph({
      entity: "symptom",
      fields: ["id", "handle", "name"],
      filters: { id: unique(records.flatMap((r) => r.symptom_ids)) },
      withDeleted: true,
    }),
  ])
  const routineOf = new Map((routines.data as RoutineRow[]).map((r) => [r.id, r]))
  const productOf = new Map((products.data as ProductRow[]).map((p) => [p.id, p]))
  const symptomOf = new Map((symptoms.data as SymptomSummary[]).map((s) => [s.id, { id: s.id, handle: s.handle, name: s.name }]))
  const namedSymptoms = (ids: string[]) => ids.flatMap((id) => symptomOf.get(id) ?? [])

  return records.map((record) => {
    const routine = routineOf.get(record.routine_id)
    const steps = compact(routine?.steps ?? [])
    const stepOf = (item: (typeof record.items)[number]): StepSummary => {
      const step = steps.find((s) => s.id === item.care_step_id)
      return {
        id: item.care_step_id,
        handle: item.step_handle,
        title: item.step_title,
        position: item.step_position,
        guidance: step?.guidance ?? null,
        optional: !!step?.optional,
      }
    }
    const items = [...record.items]
      .sort((a, b) => a.step_position - b.step_position)
      .map((item) => {
        const product = productOf.get(item.product_id)
        const variant = compact(product?.variants ?? []).find((v) => v.id === item.variant_id)
        const units = item.quantity * record.quantity
        return {
          id: item.id,
          line_item_id: item.line_item_id ?? "",
          step: stepOf(item),
          product: {
            id: item.product_id,
            title: product?.title ?? item.product_title,
            handle: product?.handle ?? "",
            subtitle: product?.subtitle ?? null,
            thumbnail: product?.thumbnail ?? null,
          },
          variant: {
            id: item.variant_id,
            title: variant?.title ?? null,
            sku: variant?.sku ?? null,
            options: variant ? variantOptions(variant) : {},
          },
          reason: item.reason as BundleItemReason,
          symptoms: namedSymptoms(item.symptom_ids),
          quantity: units,
          unit_price: item.unit_price,
          discounted_unit_price: item.discounted_unit_price,
          subtotal: times(item.unit_price, units),
          total: times(item.discounted_unit_price, units),
        }
      })
    return {
      id: record.id,
      cart_id: record.cart_id,
      routine: {
        id: record.routine_id,
        handle: routine?.handle ?? "",
        title: routine?.title ?? "",
      },
      quantity: record.quantity,
      currency_code: record.currency_code,
      items,
      skipped_steps: sortSteps(steps)
        .filter((s) => !record.items.some((i) => i.care_step_id === s.id))
        .map((s) => ({ ...s, guidance: s.guidance ?? null, optional: !!s.optional })),
      symptoms: namedSymptoms(record.symptom_ids),
      discount: record.discount_source === "bundle" ? discountOf(record.terms, record.currency_code) : null,
      tier: record.terms.tier ?? null,
      subscription_interval_weeks: record.subscription_interval_weeks,
      // What the lines are priced with: none when best_of gave the shopper the promotions instead.
      subscription_discount_percentage:
        record.discount_source === "bundle" ? Number(record.terms.subscription?.discount_percentage ?? 0) : 0,
      subtotal: record.subtotal,
      discount_total: record.discount_total,
      total: record.total,
    }
  })
}
