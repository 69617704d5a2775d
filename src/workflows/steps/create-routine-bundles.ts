import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ROUTINE_MODULE } from "../../modules/routine"
import type RoutineModuleService from "../../modules/routine/service"
import { toRoutineBundleRecord } from "../utils/cart-bundle-lines"
import type { RoutineQuote } from "../utils/routine-quote"

export type CreateRoutineBundlesInput = {
  cart_id: string
  quotes: RoutineQuote[]
}

/** Records the bundles (our source of truth) before their cart lines exist. */
export const createRoutineBundlesStep = createStep(
  "create-routine-bundles",
  async (input: CreateRoutineBundlesInput, { container }) => {
    if (!input.quotes.length) {
      return new StepResponse([], [])
    }
    const service = container.resolve<RoutineModuleService>(ROUTINE_MODULE)
    const records = input.quotes.map((quote) =>
      toRoutineBundleRecord(input.cart_id, quote)
    )
    const created = await service.createRoutineBundles(
      records.map(({ items: _items, ...bundle }) => bundle)
    )
    const ids = created.map((b) => b.id)
    // Deleting a bundle deletes its items (foreign key cascade), so the
    // compensation below covers these rows as well.
    await service.createRoutineBundleItems(
      records.flatMap((record, i) =>
        record.items.map((item) => ({ ...item, bundle_id: ids[i] }))
      )
    )
    const bundles = await service.listRoutineBundles(
      { id: ids },
      { relations: ["items"] }
    )
    // In input order, so bundles[i] belongs to quotes[i].
    const ordered = ids.map((id) => bundles.find((b) => b.id === id)!)
    return new StepResponse(ordered, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    await container.resolve<RoutineModuleService>(ROUTINE_MODULE).deleteRoutineBundles(ids)
  }
)
