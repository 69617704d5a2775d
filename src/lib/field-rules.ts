/**
 * The bounds of the admin's fields, without zod or Medusa imports so the
 * admin's forms (src/admin, a browser bundle) check what the validators
 * check, from the same numbers.
 */

/**
 * Titles and handles are capped so a derived handle always fits a btree
 * index row (PostgreSQL refuses rows over ~2.7 kB with a server error).
 */
export const MAX_LINE = 255

/** PostgreSQL `integer`, the type of positions and of the link's rank. */
export const MAX_INT = 2_147_483_647

/** kebab-case: lowercase letters and digits separated by single hyphens. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The highest percentage a percentage discount or a tier may take. */
export const MAX_PERCENTAGE = 100

/** The longest subscription interval, in weeks: a refill a year. */
export const MAX_SUBSCRIPTION_WEEKS = 52

/** A subscription's extra percentage stays below this, so a refill is never free. */
export const SUBSCRIPTION_PERCENTAGE_BELOW = 100

/**
 * An SEO title and description, capped where Shopify's admin caps them (a
 * search result shows about 60 and 160 characters; the rest is room to write).
 */
export const MAX_SEO_TITLE = 70
export const MAX_SEO_DESCRIPTION = 320

/** An image URL: the length browsers and CDNs reliably take. */
export const MAX_URL = 2048

/** An absolute http(s) URL: what a storefront can put in an <img> or og:image. */
export const isHttpUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value)
    return protocol === "http:" || protocol === "https:"
  } catch {
    return false
  }
}
