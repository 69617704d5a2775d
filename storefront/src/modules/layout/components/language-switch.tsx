"use client"

import { updateLanguage } from "@lib/data/locale-actions"
import { LANGUAGES, type Language } from "@lib/i18n"
import { useLanguage, useMessages } from "@lib/i18n/provider"
import { HeaderSelect } from "./header-select"

const OPTIONS = (Object.keys(LANGUAGES) as Language[]).map((code) => ({
  value: code,
  label: LANGUAGES[code].label,
  lang: LANGUAGES[code].intl,
}))

/** The storefront's language, beside the region switch: kept in a cookie, as dtc-starter keeps its locale. */
export const LanguageSwitch = () => (
  <HeaderSelect
    id="language-switch"
    label={useMessages().header.language}
    value={useLanguage()}
    options={OPTIONS}
    onChoose={updateLanguage}
  />
)
