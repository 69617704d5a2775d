import type { ReactNode } from "react"
import { LanguageProvider } from "@lib/i18n/provider"
import { getLanguage } from "@lib/i18n/server"
import { Header } from "@modules/layout/components/header"

type Props = { children: ReactNode; params: Promise<{ countryCode: string }> }

/** Every page is under the shopper's country code, as in dtc-starter: the header prices and links in it. */
export default async function CountryLayout({ children, params }: Props) {
  const [{ countryCode }, language] = await Promise.all([params, getLanguage()])
  return (
    <LanguageProvider language={language}>
      <Header countryCode={countryCode} />
      <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </LanguageProvider>
  )
}
