"use client"

import { createContext, useContext, type ReactNode } from "react"
import { formatAmount } from "@modules/routine-bundles/lib/money"
import { DEFAULT_LANGUAGE, LANGUAGES, messagesFor, type Language } from "./index"

export type { Messages } from "./index"

const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE)

/** The shopper's language for every client component below (the layout reads it from its cookie). */
export const LanguageProvider = ({ language, children }: { language: Language; children: ReactNode }) => (
  <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
)

export const useLanguage = () => useContext(LanguageContext)

export const useMessages = () => messagesFor(useLanguage())

/** Formats an amount as the shopper's language writes money. */
export const useMoney = () => {
  const locale = LANGUAGES[useLanguage()].intl
  return (amount: number, currencyCode: string) => formatAmount(amount, currencyCode, locale)
}
