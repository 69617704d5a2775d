import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import type { BundleWrite } from "../utils/cart-bundle-plan"
import type { BundleRecord } from "../utils/cart-bundle-state"
import type { RefreshedLine } from "./load-bundle-line-adjustments"

export type WriteRoutineBundlesInput = {
  cart_id: string
  writes: BundleWrite[]
  /** The cart's records as the plan was made from them, under the lock: what compensation restores. */
  before: BundleRecord[]
  /** The cart's lines before this workflow added any: the others are new. */
  known_line_ids: string[]
  /** The cart's lines after core's add, when the writes have new lines. */
  lines?: Pick<RefreshedLine, "id" | "metadata">[]
}

type Service = RoutineModuleService

const bundleRow = ({ items: _items, created: _created, ...bundle }: BundleWrite) => bundle

/**
 * The new lines of this workflow, by bundle and step. They are told apart by
 * the metadata written on them moments ago, under the cart's lock: nothing
 * else can have touched them yet. From here on our table holds their ids.
 */
const newLineOf = (input: WriteRoutineBundlesInput) => {
  const known = new Set(input.known_line_ids)
  const fresh = (input.lines ?? []).filter((line) => !known.has(line.id))
  return (bundleId: string, stepId: string) =>
    fresh.find(
      (line) => line.metadata?.routine_bundle_id === bundleId && line.metadata?.care_step_id === stepId
    )?.id
}

/**
 * Writes bundle records as a plan wants them: new records created (with the
 * id their lines' metadata names), existing ones rewritten in place with
 * their items updated, created or removed; returns the writes with every
 * item's line. Compensation puts every touched record back as it was.
 */
export const writeRoutineBundlesStep = createStep(
  "write-routine-bundles",
  async (input: WriteRoutineBundlesInput, { container }) => {
    if (!input.writes.length) {
      return new StepResponse([] as BundleWrite[], null)
    }
    const service = container.resolve<Service>(ROUTINE_MODULE)
    const lineOf = newLineOf(input)
    const writes = input.writes.map((write) => ({
      ...write,
      items: write.items.map((item) => {
        const line_item_id = item.line_item_id ?? lineOf(write.id, item.care_step_id)
        // Core merges a custom-priced line only into one with the same
        // metadata, and the bundle's lines are new; should that ever change,
        // fail and roll back rather than record a bundle without its lines.
        if (!line_item_id) {
          throw new MedusaError(
            MedusaError.Types.UNEXPECTED_STATE,
            `Cart ${input.cart_id}: the line of bundle ${write.id}, step "${item.step_handle}" was not created as its own line`
          )
        }
        return { ...item, line_item_id }
      }),
    }))

    const created = writes.filter((w) => w.created)
    const updated = writes.filter((w) => !w.created)
    const previous = input.before.filter((b) => updated.some((w) => w.id === b.id))

    if (created.length) {
      await service.createRoutineBundles(created.map(bundleRow))
    }
    if (updated.length) {
      await service.updateRoutineBundles(updated.map(bundleRow))
      const keptIds = new Set(updated.flatMap((w) => w.items.flatMap((i) => (i.id ? [i.id] : []))))
      const dropped = previous.flatMap((b) => b.items.filter((i) => !keptIds.has(i.id)).map((i) => i.id))
      if (dropped.length) {
        await service.deleteRoutineBundleItems(dropped)
      }
      const kept = updated.flatMap((w) => w.items.filter((i) => i.id).map((i) => ({ ...i, id: i.id!, bundle_id: w.id })))
      if (kept.length) {
        await service.updateRoutineBundleItems(kept)
      }
    }
    const newItems = writes.flatMap((w) =>
      w.items.filter((i) => !i.id).map(({ id: _id, ...item }) => ({ ...item, bundle_id: w.id }))
    )
    if (newItems.length) {
      await service.createRoutineBundleItems(newItems)
    }
    return new StepResponse(writes, { created: created.map((w) => w.id), previous })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<Service>(ROUTINE_MODULE)
    if (undo.created.length) {
      await service.deleteRoutineBundles(undo.created)
    }
    for (const { items, ...bundle } of undo.previous) {
      const current = await service.listRoutineBundleItems({ bundle_id: bundle.id }, { select: ["id"] })
      if (current.length) {
        await service.deleteRoutineBundleItems(current.map((i) => i.id))
      }
      await service.updateRoutineBundles({
        id: bundle.id,
        currency_code: bundle.currency_code,
        quantity: bundle.quantity,
        terms: bundle.terms,
        discount_source: bundle.discount_source,
        symptom_ids: bundle.symptom_ids,
        subscription_interval_weeks: bundle.subscription_interval_weeks,
        subtotal: bundle.subtotal,
        discount_total: bundle.discount_total,
        total: bundle.total,
      })
      if (items.length) {
        await service.createRoutineBundleItems(items.map((item) => ({ ...item, bundle_id: bundle.id })))
      }
    }
  }
)
