import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import { LANGUAGES, languageOfLocale, messagesFor, type Language } from "./index"
import { formatAmount } from "@modules/routine-bundles/lib/money"

// dtc-starter's cookie: it holds Medusa's locale code ("et-EE"), which the store API is asked in.
export const LOCALE_COOKIE = "_medusa_locale"

/** The shopper's language (once per request), from the locale cookie the language switch sets. */
export const getLanguage = cache(async (): Promise<Language> => languageOfLocale((await cookies()).get(LOCALE_COOKIE)?.value))

/** The storefront's words, and money, in the shopper's language, for server components. */
export const getI18n = cache(async () => {
  const language = await getLanguage()
  const locale = LANGUAGES[language].intl
  return {
    language,
    t: messagesFor(language),
    money: (amount: number, currencyCode: string) => formatAmount(amount, currencyCode, locale),
  }
})
