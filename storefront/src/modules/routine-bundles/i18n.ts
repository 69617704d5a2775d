/*
 * The module's words and money formats, from the storefront around it (as
 * host.ts is for its data): every string it shows is under `routines` in the
 * storefront's message files (src/lib/i18n/messages). In another storefront,
 * point these at its own i18n, or copy the `routines` messages and the small
 * provider. Client components use the hooks; server components getI18n().
 */
export { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"
export type { Messages } from "@lib/i18n"
