import type { RemoteQueryFunction } from "@medusajs/framework/types"
import {
  getVariantAvailability,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import { ROUTINE_AVAILABILITY_FIELDS, routineRefusal } from "../../lib/routine-availability"
import type { PricingContext } from "./pricing-context"
import {
  candidateVariantIds,
  type RoutineGraph,
  type RoutineGraphRead,
  type VariantAvailability,
} from "./routine-graph"

/**
 * Everything a bundle is built from, read in ONE query.graph call: the steps,
 * their candidate products with the link rows (is_default, rank), the
 * products' symptoms and sales channels, and each variant's price for the
 * shopper. The number of SQL statements does not grow with the number of
 * steps or products. The store's routine page reads the same graph.
 */
export const ROUTINE_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "discount_type",
  "discount_value",
  "discount_amounts.currency_code",
  "discount_amounts.amount",
  "discount_tiers.min_steps",
  "discount_tiers.percentage",
  "min_steps",
  "promotion_policy",
  "offer_version",
  "subscriptions_enabled",
  "subscription_interval_weeks",
  "subscription_discount_percentage",
  "steps.id",
  "steps.handle",
  "steps.title",
  "steps.guidance",
  "steps.position",
  "steps.optional",
  "steps.product_link.product_id",
  "steps.product_link.is_default",
  "steps.product_link.rank",
  "steps.products.id",
  "steps.products.title",
  "steps.products.subtitle",
  "steps.products.handle",
  "steps.products.thumbnail",
  "steps.products.status",
  "steps.products.discountable",
  "steps.products.sales_channels.id",
  "steps.products.symptoms.id",
  "steps.products.symptoms.handle",
  "steps.products.symptoms.name",
  "steps.products.variants.id",
  "steps.products.variants.title",
  "steps.products.variants.sku",
  "steps.products.variants.manage_inventory",
  "steps.products.variants.allow_backorder",
  "steps.products.variants.options.value",
  "steps.products.variants.options.option.title",
  "steps.products.variants.calculated_price.*",
]

type Query = Omit<RemoteQueryFunction, symbol>

/** The region a shopper asked prices for; an unknown one is a 400 on `region_id`. */
export const findPricingRegion = async (query: Query, regionId: string) => {
  const { data: [region] } = await query.graph({
    entity: "region",
    fields: ["id", "currency_code"],
    filters: { id: regionId },
  })
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `region_id: region "${regionId}" does not exist`
    )
  }
  return region as { id: string; currency_code: string }
}

/** `:id` may be the routine's id or its handle. */
export const routineFilters = (idOrHandle: string, includeDrafts: boolean) => ({
  $or: [{ id: idOrHandle }, { handle: idOrHandle }],
  ...(includeDrafts ? {} : { status: "published" as const }),
})


/** Medusa's availability of the variants in one sales channel, by variant id. */
export const variantAvailability = async (
  query: Query,
  variantIds: string[],
  salesChannelId: string
): Promise<VariantAvailability> => {
  if (!variantIds.length) {
    return {}
  }
  const computed = await getVariantAvailability(query, {
    variant_ids: variantIds,
    sales_channel_id: salesChannelId,
  })
  return Object.fromEntries(
    Object.entries(computed).map(([id, { availability }]) => [id, availability])
  )
}

/** The routine's offer version now (undefined for a routine that no longer exists). */
export const offerVersionOf = async (query: Query, routineId: string) => {
  const { data: [routine] } = await query.graph({
    entity: "routine",
    fields: ["offer_version"],
    filters: { id: routineId },
  })
  return (routine as { offer_version?: number } | undefined)?.offer_version
}

/** Reads of a routine whose offer kept changing under them give up after this many. */
const OFFER_READS = 3

/**
 * A routine read whose offer is one value: the graph's statements may
 * straddle an offer change's commit (the routine row before it, the amounts
 * or tiers after), so the offer's version is read again afterwards and the
 * graph read again while it moved.
 */
const readOneOffer = async (query: Query, read: () => Promise<RoutineGraph>) => {
  for (let attempt = 1; ; attempt++) {
    const routine = await read()
    if ((await offerVersionOf(query, routine.id)) === routine.offer_version) {
      return routine
    }
    if (attempt === OFFER_READS) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `The offer of routine ${routine.handle} is being changed; try again`
      )
    }
  }
}

const notFound = (idOrHandle: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Routine with id or handle: ${idOrHandle} was not found`)

/**
 * THE read of a routine: its graph with prices for `pricing` (at `quantity`
 * units each, for quantity-based prices) and its candidates' availability in
 * the sales channel. The store's routine page, the quote, the cart add and
 * the bundle edits all read a routine through here. `fields` adds fields a
 * caller asked for (`+steps.products.images.url`); prices are read only with
 * a pricing context.
 *
 * Without `include_drafts` it reads for a shopper: a routine not offered to
 * `customer_group_ids` in the sales channel now (a draft,
 * outside its schedule, see routine-availability.ts) is not found, as a
 * draft always was.
 */
export const readRoutineGraph = async (
  query: Query,
  input: {
    routine_id: string
    include_drafts?: boolean
    pricing?: PricingContext
    quantity?: number
    sales_channel_id: string
    /** The shopper's customer groups, for routines sold to some groups only (see BundleContext). */
    customer_group_ids?: string[]
    fields?: string[]
  }
): Promise<RoutineGraphRead> => {
  const base = input.pricing
    ? ROUTINE_GRAPH_FIELDS
    : ROUTINE_GRAPH_FIELDS.filter((f) => !f.includes("calculated_price"))
  const read = async () => {
    const { data: [found] } = await query.graph({
      entity: "routine",
      fields: [...new Set([...base, ...ROUTINE_AVAILABILITY_FIELDS, ...(input.fields ?? [])])],
      filters: routineFilters(input.routine_id, !!input.include_drafts),
      ...(input.pricing && {
        context: {
          steps: {
            products: {
              variants: {
                calculated_price: QueryContext({ ...input.pricing, quantity: input.quantity ?? 1 }),
              },
            },
          },
        },
      }),
    })
    if (!found) {
      throw notFound(input.routine_id)
    }
    return found as RoutineGraph
  }
  const routine = await readOneOffer(query, read)
  const shopper = {
    sales_channel_ids: [input.sales_channel_id],
    customer_group_ids: input.customer_group_ids ?? [],
  }
  if (!input.include_drafts && routineRefusal(routine, shopper, new Date())) {
    throw notFound(input.routine_id)
  }
  const availability = await variantAvailability(
    query,
    candidateVariantIds(routine),
    input.sales_channel_id
  )
  return { routine, availability }
}

