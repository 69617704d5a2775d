"use server"

import { revalidatePath } from "next/cache"
import { cookies, headers } from "next/headers"
import { isLanguage, LANGUAGES } from "../i18n"
import { LOCALE_COOKIE } from "../i18n/server"

/**
 * The header's language switch, as dtc-starter's updateLocale: the Medusa
 * locale goes to its cookie for a year, and every page renders again in it.
 * Unlike the starter it leaves the cart's own locale alone: a locale change
 * makes Medusa refresh every line's price, and the routine lines' prices are
 * the plugin's to keep (their texts come translated per request anyway).
 */
export async function updateLanguage(language: string) {
  if (!isLanguage(language)) throw new Error(`Unknown language "${language}"`)
  ;(await cookies()).set(LOCALE_COOKIE, LANGUAGES[language].medusa, {
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    secure: (await headers()).get("x-forwarded-proto") === "https",
    path: "/",
  })
  revalidatePath("/", "layout")
}
