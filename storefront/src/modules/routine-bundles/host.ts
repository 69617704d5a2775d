import "server-only"

/**
 * Everything the routine-bundles module takes from the storefront around it,
 * in one place. Lifting the module into another Next.js storefront means
 * pointing these at that storefront's own helpers:
 * - bundlesClient: `routineBundles(sdk)` from medusa-plugin-routine-bundles/store on its SDK;
 * - getCart / getOrCreateCart / requireCart: the shopper's cart, from its httpOnly cookie;
 * - getCurrentRegion: the region to price in when there is no cart yet;
 * - deleteLineItem: its server action over core's line-item route;
 * - attempt: runs a server action's work and returns an ActionResult.
 */
export { bundlesClient } from "@/lib/config"
export { getCart, getOrCreateCart, requireCart } from "@/lib/data/cart"
export { deleteLineItem } from "@/lib/data/cart-actions"
export { getCurrentRegion } from "@/lib/data/regions"
export { attempt, type ActionResult } from "@/lib/util/action-result"
