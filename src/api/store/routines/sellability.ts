import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { QueryContext } from "@medusajs/framework/utils"
import type { RoutineSellability, StoreUnavailableStep } from "../../../types"
import { discountKind } from "../../../lib/discount-kinds"
import { chooseBundleItems } from "../../../workflows/utils/choose-bundle-items"
import { blockingSteps } from "../../../workflows/utils/routine-quote"
import type { BundleContext } from "../../../workflows/utils/bundle-context"
import { ROUTINE_GRAPH_FIELDS, variantAvailability } from "../../../workflows/utils/read-routine-graph"
import {
  candidateVariantIds,
  type RoutineGraph,
  type VariantAvailability,
} from "../../../workflows/utils/routine-graph"

/** Where the routine would be sold: the request's currency and sales channel. */
export type SellabilityPlace = { currency_code: string; sales_channel_id: string }

const SELLABLE: RoutineSellability = { sellable: true, unsellable_reason: null }

/**
 * Whether a shopper here can buy a bundle of the routine, decided as the
 * quote decides it, from the routine's graph already read (prices in the
 * place's currency, stock in its channel): the offer needs an amount in the
 * currency (`fixed`, `set_price`), and the bundle the store would build with
 * no choice made (one of each step) must have no blocking step.
 */
export const routineSellability = (
  routine: RoutineGraph,
  place: SellabilityPlace,
  availability: VariantAvailability
): RoutineSellability => {
  const currency = place.currency_code
  const needsAmount = discountKind(routine.discount_type).input === "amounts"
  if (needsAmount && !(routine.discount_amounts ?? []).some((a) => a?.currency_code === currency)) {
    return { sellable: false, unsellable_reason: { code: "no_price_in_currency", currency_code: currency } }
  }
  // Publishing and edits keep a published routine from needing more steps than it has; one stored
  // before that rule cannot be quoted at all (the choice below would refuse it): no step can help it.
  if (routine.min_steps != null && routine.steps.filter(Boolean).length < routine.min_steps) {
    return { sellable: false, unsellable_reason: { code: "step_unavailable", steps: [] } }
  }
  const choice = chooseBundleItems({
    routine,
    symptoms: [],
    selections: {},
    skip_steps: [],
    quantity: 1,
    currency_code: currency,
    sales_channel_id: place.sales_channel_id,
    availability,
  })
  const blocked = blockingSteps(choice, routine.min_steps)
  if (!blocked.length) {
    return SELLABLE
  }
  const steps: StoreUnavailableStep[] = blocked.map(({ id, handle, title, availability }) => ({ id, handle, title, availability }))
  return { sellable: false, unsellable_reason: { code: "step_unavailable", steps } }
}

type Query = Omit<RemoteQueryFunction, symbol>

/**
 * Sellability of several routines at once, for a list: their graphs in ONE
 * query.graph call (the same fields a routine page reads, priced in the
 * context) and their candidates' stock in one availability call. Keyed by
 * routine id and by handle.
 */
export const sellabilityOfRoutines = async (
  query: Query,
  keys: { ids: string[]; handles: string[] },
  context: Pick<BundleContext, "pricing" | "currency_code" | "sales_channel_id">
): Promise<Map<string, RoutineSellability>> => {
  if (!keys.ids.length && !keys.handles.length) {
    return new Map()
  }
  const { data } = await query.graph({
    entity: "routine",
    fields: ROUTINE_GRAPH_FIELDS,
    filters: { $or: [{ id: keys.ids }, { handle: keys.handles }], status: "published" as const },
    context: {
      steps: { products: { variants: { calculated_price: QueryContext({ ...context.pricing, quantity: 1 }) } } },
    },
  })
  const routines = data as RoutineGraph[]
  const availability = await variantAvailability(
    query,
    [...new Set(routines.flatMap(candidateVariantIds))],
    context.sales_channel_id
  )
  return new Map(
    routines.flatMap((routine) => {
      const sellability = routineSellability(routine, context, availability)
      return [
        [routine.id, sellability],
        [routine.handle, sellability],
      ]
    })
  )
}
