import "@fontsource/inter/400.css"
import "@fontsource/inter/500.css"
import "@fontsource/inter/600.css"
import "./globals.css"
import type { Metadata } from "next"
import type { ReactNode } from "react"

export const metadata: Metadata = {
  title: { default: "Skin routines", template: "%s · Skin routines" },
  description: "Skincare routines picked for your skin's warning signs, for less than their products alone.",
}

// Every page shows the shopper's cart (from its cookie) and is priced in the
// region of the URL's country, and `next build` runs with no backend: render
// on request.
export const dynamic = "force-dynamic"

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-ui-bg-subtle text-ui-fg-base min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="bg-ui-bg-base txt-compact-small-plus sr-only z-50 rounded-md p-2 focus:not-sr-only focus:fixed focus:left-2 focus:top-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  )
}
