import "@fontsource/inter/400.css"
import "@fontsource/inter/500.css"
import "@fontsource/inter/600.css"
import "./globals.css"
import type { Metadata } from "next"
import type { ReactNode } from "react"
import { LANGUAGES } from "@lib/i18n"
import { getI18n, getLanguage } from "@lib/i18n/server"

export const generateMetadata = async (): Promise<Metadata> => {
  const { t } = await getI18n()
  return { title: { default: t.meta.title, template: `%s · ${t.meta.title}` }, description: t.meta.description }
}

// Every page shows the shopper's cart (from its cookie) and is priced in the
// region of the URL's country, and `next build` runs with no backend: render
// on request.
export const dynamic = "force-dynamic"

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await getLanguage()
  return (
    <html lang={LANGUAGES[language].intl}>
      <body className="bg-ui-bg-subtle text-ui-fg-base min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="bg-ui-bg-base txt-compact-small-plus sr-only z-50 rounded-md p-2 focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          {(await getI18n()).t.skipToContent}
        </a>
        {children}
      </body>
    </html>
  )
}
