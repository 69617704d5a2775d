import { randomUUID } from "crypto"
import type { ICacheService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { pluginOptions } from "../../plugin-options"

/**
 * A cache of the store's routine pages (`GET /store/routines/:id`) in
 * Medusa's cache module: in memory on one server, in Redis when the app
 * configures `@medusajs/medusa/cache-redis`, so every server shares it.
 *
 * Entries live under a generation. A change that can alter a routine page
 * starts a new generation, so a page computed from the old data, even one
 * stored after the change, is never read again. A generation changes:
 * - in the plugin's own curation workflows, as a step (and again if they
 *   roll back), before they answer;
 * - for Medusa's own changes (products, variants, prices, price lists,
 *   stock, reservations, sales channels, regions), in a subscriber to their
 *   events (ROUTINE_PAGE_EVENTS), moments after the change.
 * An entry also expires when a price list starts or ends and when the
 * routine's schedule starts or ends it, which no event announces, and after
 * `routine_page_cache_ttl_seconds` at the latest. Who the page is for (its
 * sales channel, the customer groups it was priced for) is in its key.
 */
const PREFIX = "routine-page"
const GENERATION_KEY = `${PREFIX}:generation`
// The generation outlives every entry; if it is evicted anyway, a new one
// starts. (The in-memory cache expires keys with setTimeout, which fires at
// once for anything over 24.8 days.)
const GENERATION_TTL_SECONDS = 7 * 24 * 3600

export type RoutinePageCacheStatus = "hit" | "miss" | "bypass" | "off"

/** Medusa's events after which a cached routine page may be wrong. */
export const ROUTINE_PAGE_EVENTS = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "region.updated",
  "region.deleted",
  "sales-channel.updated",
  "sales-channel.deleted",
  // Modules' own events: prices and price lists (also those changed outside
  // product workflows), stock and reservations.
  ...["price", "price-set", "price-list", "price-list-rule", "price-rule"].flatMap((entity) =>
    ["created", "updated", "deleted"].map((action) => `pricing.${entity}.${action}`)
  ),
  ...["inventory-item", "inventory-level", "reservation-item"].flatMap((entity) =>
    ["created", "updated", "deleted"].map((action) => `inventory.${entity}.${action}`)
  ),
  // Links: a product's sales channels, a channel's stock locations, a
  // variant's prices and inventory items.
  ...["LinkProductSalesChannel", "LinkSalesChannelStockLocation", "LinkProductVariantPriceSet", "LinkProductVariantInventoryItem"].flatMap(
    (link) => [`${link}.attached`, `${link}.detached`]
  ),
  // Texts in other languages (Medusa's Translation module, of routines,
  // steps, symptoms and products alike): a page is cached per locale.
  "translation.created",
  "translation.updated",
  "translation.deleted",
]

const cacheOf = (container: MedusaContainer) => container.resolve<ICacheService>(Modules.CACHE)

const currentGeneration = async (cache: ICacheService) => {
  const generation = await cache.get<string>(GENERATION_KEY)
  if (generation) {
    return generation
  }
  const started = randomUUID()
  await cache.set(GENERATION_KEY, started, GENERATION_TTL_SECONDS)
  return started
}

/** Starts a new generation: no page cached so far is read again. */
export const invalidateRoutinePages = async (container: MedusaContainer) => {
  const cache = cacheOf(container)
  const previous = await cache.get<string>(GENERATION_KEY)
  await cache.set(GENERATION_KEY, randomUUID(), GENERATION_TTL_SECONDS)
  if (previous) {
    // Frees the old entries now rather than at their expiry.
    await cache.invalidate(`${PREFIX}:${previous}:*`)
  }
}

/** Seconds until the next active price list starts or ends, if one will. */
const secondsToNextPriceListChange = async (container: MedusaContainer) => {
  const pricing = container.resolve(Modules.PRICING)
  const now = new Date()
  const later = { $gt: now.toISOString() }
  const [[starting], [ending]] = await Promise.all([
    pricing.listPriceLists({ status: ["active"], starts_at: later }, { select: ["starts_at"], order: { starts_at: "ASC" }, take: 1 }),
    pricing.listPriceLists({ status: ["active"], ends_at: later }, { select: ["ends_at"], order: { ends_at: "ASC" }, take: 1 }),
  ])
  const moments = [starting?.starts_at, ending?.ends_at].filter(Boolean).map((d) => new Date(d!).getTime())
  return moments.length ? Math.floor((Math.min(...moments) - now.getTime()) / 1000) : null
}

/**
 * How long a page may be kept: the plugin's TTL, cut to the whole seconds
 * before the next price list change and before the page's own moment (a
 * routine's start or end). Zero or less: do not keep it.
 */
export const entryTtlSeconds = ({
  ttl,
  untilPriceListChange,
  until,
  now,
}: {
  ttl: number
  untilPriceListChange: number | null
  until: Date | null
  now: Date
}) => {
  const untilOwnChange = until && Math.floor((until.getTime() - now.getTime()) / 1000)
  return Math.min(ttl, untilPriceListChange ?? ttl, untilOwnChange ?? ttl)
}

/**
 * The page stored under `key` in the current generation, else `load()`'s,
 * stored until `load()`'s `until` at the latest (null: no moment of its
 * own). `cacheable` false (a logged-in shopper, whose prices may be their
 * own) always loads.
 */
export const cachedRoutinePage = async <T extends object>(
  container: MedusaContainer,
  { key, cacheable }: { key: string; cacheable: boolean },
  load: () => Promise<{ page: T; until: Date | null }>
): Promise<{ page: T; status: RoutinePageCacheStatus }> => {
  const ttl = pluginOptions().routine_page_cache_ttl_seconds
  if (!ttl || !cacheable) {
    return { page: (await load()).page, status: ttl ? "bypass" : "off" }
  }
  const cache = cacheOf(container)
  const entry = `${PREFIX}:${await currentGeneration(cache)}:${key}`
  const cached = await cache.get<T>(entry)
  if (cached) {
    return { page: cached, status: "hit" }
  }
  const [{ page, until }, untilPriceListChange] = await Promise.all([load(), secondsToNextPriceListChange(container)])
  const entryTtl = entryTtlSeconds({ ttl, untilPriceListChange, until, now: new Date() })
  if (entryTtl > 0) {
    await cache.set(entry, page, entryTtl)
  }
  return { page, status: "miss" }
}
