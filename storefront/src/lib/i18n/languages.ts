/*
 * The storefront's languages: the label its switch shows (in the language
 * itself), the locale Intl formats dates and money in, and the locale
 * Medusa's store API is asked in (x-medusa-locale), whose Translation module
 * answers with the routine's, its steps', its symptoms' and the products'
 * texts in that language, falling back field by field to the store's own.
 * A language is one entry here and one message file (messages/).
 */
export const LANGUAGES = {
  en: { label: "English", intl: "en", medusa: "en-US" },
  et: { label: "Eesti", intl: "et", medusa: "et-EE" },
} as const

export type Language = keyof typeof LANGUAGES

export const DEFAULT_LANGUAGE: Language = "en"

export const isLanguage = (value: unknown): value is Language => typeof value === "string" && value in LANGUAGES

/** The language a stored Medusa locale ("et-EE") stands for; the default for none or an unknown one. */
export const languageOfLocale = (locale: string | undefined): Language =>
  (Object.keys(LANGUAGES) as Language[]).find((language) => LANGUAGES[language].medusa === locale) ?? DEFAULT_LANGUAGE
