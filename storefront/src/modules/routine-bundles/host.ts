import "server-only"

/**
 * Everything the routine-bundles module takes from the storefront around it,
 * in one place, shaped after dtc-starter's own data layer. Lifting the module
 * into a dtc-starter storefront means pointing these at its helpers (the
 * storefront README has the file as it reads there):
 * - bundlesClient: `routineBundles(sdk)` from medusa-plugin-routine-bundles-client on its SDK (or a promise
 *   of it: this storefront makes one per shopper, to send the signed-in customer's token);
 * - getCart: the shopper's open cart or null, from its cart cookie (`retrieveCart()`);
 * - getOrSetCart: the open cart in the country's region, or a new one (`getOrSetCart(countryCode)`);
 * - getRegion: the region of a country code (`getRegion(countryCode)`);
 * - revalidateCart: what its own cart actions do after a change (its "carts" cache tag);
 * - deleteLineItem: its server action over core's line-item route, as an ActionResult;
 * - attempt: runs a server action's work and returns an ActionResult;
 * - getI18n: the shopper's words (`t`, whose `routines` are the module's) and money format, for server components.
 */
export { bundlesClient } from "@lib/config"
export { getOrSetCart, retrieveCart as getCart, revalidateCart } from "@lib/data/cart"
export { deleteLineItem } from "@lib/data/cart-actions"
export { getRegion } from "@lib/data/regions"
export { attempt, type ActionResult } from "@lib/util/action-result"
export { getI18n } from "@lib/i18n/server"
