"use client"

import type { CartRoutineBundle } from "medusa-plugin-routine-bundles-client"
import { Heading } from "@modules/common/components/ui"
import type { ComponentProps } from "react"
import { BundleSummary } from "@modules/routine-bundles/components/bundle-summary"
import { useMessages, useMoney } from "@lib/i18n/provider"
import { CartTotals } from "./cart-totals"

type Line = { id: string; product_title?: string | null; quantity: number; total?: number | null }

type Props = {
  /** The heading's id, when a page shows several (the order history). */
  id?: string
  title: string
  bundles: CartRoutineBundle[]
  /** The lines bought on their own. */
  lines: Line[]
  totals: ComponentProps<typeof CartTotals>["cart"]
  countryCode: string
}

/** What is being bought (checkout) or was bought (confirmation), read-only, routines grouped. */
export const PurchaseSummary = ({ id = "purchase-summary", title, bundles, lines, totals, countryCode }: Props) => {
  const t = useMessages().order
  const money = useMoney()
  return (
  <section aria-labelledby={id} className="flex flex-col gap-y-4">
    <Heading level="h2" id={id} className="txt-compact-large-plus">
      {title}
    </Heading>
    {bundles.map((bundle) => (
      <BundleSummary key={bundle.id} bundle={bundle} countryCode={countryCode} />
    ))}
    {lines.length > 0 && (
      <ul aria-label={t.onTheirOwn} className="txt-compact-small flex flex-col gap-y-1">
        {lines.map((line) => (
          <li key={line.id} className="flex justify-between gap-x-4" data-testid="summary-line">
            <span>
              {line.product_title} × {line.quantity}
            </span>
            <span>{money(line.total ?? 0, totals.currency_code)}</span>
          </li>
        ))}
      </ul>
    )}
    <CartTotals cart={totals} saving={bundles.reduce((sum, b) => sum + b.discount_total, 0)} />
  </section>
  )
}
