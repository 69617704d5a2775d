import { LANGUAGES, type Language } from "./languages"
import { en, type Messages } from "./messages/en"
import { et } from "./messages/et"

export { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, languageOfLocale, type Language } from "./languages"
export type { Messages } from "./messages/en"

const MESSAGES: { [L in Language]: Messages } = { en, et }

/** The storefront's words in a language. */
export const messagesFor = (language: Language) => MESSAGES[language]

const dates = new Map<string, Intl.DateTimeFormat>()

/** "7 December 2026" / "7. detsember 2026": a date as the language writes it. */
export const formatDate = (value: string | Date, language: Language) => {
  const locale = LANGUAGES[language].intl
  let format = dates.get(locale)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long" })
    dates.set(locale, format)
  }
  return format.format(new Date(value))
}
