"use client"

import type { CartRoutineBundle, CartRoutineBundleItem } from "medusa-plugin-routine-bundles-client"
import { Heading, Text } from "./ui"
import Link from "next/link"
import type { ReactNode } from "react"
import { useMessages, useMoney } from "../i18n"
import { offerWords } from "../lib/offer"
import { productPath, routinePath } from "../lib/paths"
import { BundlePrice } from "./bundle-price"
import { BundleTotals } from "./bundle-totals"

type Props = {
  /** A bundle as the plugin records it, in a cart or an order. */
  bundle: CartRoutineBundle
  /** The shopper's country, which prefixes the links. */
  countryCode: string
  /** The cart's controls for the whole routine (quantity, remove); none on an order. */
  controls?: ReactNode
  /** The cart's controls for one line (swap, remove); none on an order. */
  lineActions?: (item: CartRoutineBundleItem) => ReactNode
  busy?: boolean
}

/** One routine bundle as one group: its lines in step order, regular prices struck through, the saving, and its refill interval when subscribed. */
export const BundleSummary = ({ bundle, countryCode, controls, lineActions, busy }: Props) => {
  const headingId = `bundle-${bundle.id}`
  const currency = bundle.currency_code
  const t = useMessages().routines
  const format = useMoney()
  const money = (amount: number) => format(amount, currency)
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={busy}
      data-testid="routine-bundle"
      data-bundle-id={bundle.id}
      className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-4 rounded-lg p-4"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-col">
          <Heading level="h2" id={headingId} className="txt-compact-large-plus">
            <Link href={routinePath(countryCode, bundle.routine.handle)} className="hover:underline">
              {bundle.routine.title}
            </Link>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle" data-testid="bundle-offer">
            {t.bundleLine(bundle.quantity, bundle.items.length, offerWords(bundle.discount, t, money), bundle.tier?.min_steps ?? null)}
          </Text>
          {bundle.subscription_interval_weeks != null && (
            <Text size="small" className="txt-compact-small-plus" data-testid="bundle-subscription">
              {t.subscribed(bundle.subscription_interval_weeks, bundle.subscription_discount_percentage)}
            </Text>
          )}
        </div>
        {controls}
      </div>

      <ol aria-label={t.productsIn(bundle.routine.title)} className="flex flex-col divide-y divide-ui-border-base">
        {bundle.items.map((item) => (
          <li
            key={item.id}
            data-testid="bundle-line"
            data-step-handle={item.step.handle}
            className="flex flex-col gap-3 py-3 first:pt-0 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="flex min-w-0 flex-col">
              <Text size="small" className="text-ui-fg-subtle">
                {t.stepOf(item.step.position, item.step.title)}
              </Text>
              <Link href={productPath(countryCode, item.product.handle)} className="txt-compact-medium-plus hover:underline">
                {item.product.title}
              </Link>
              <Text size="small" className="text-ui-fg-subtle">
                {item.quantity} × <BundlePrice regular={item.unit_price} price={item.discounted_unit_price} currencyCode={currency} />
                <span className="sr-only">{t.lineTotal}</span>
                <span aria-hidden> = </span>
                {money(item.total)}
              </Text>
            </div>
            {lineActions?.(item)}
          </li>
        ))}
      </ol>

      {bundle.skipped_steps.length > 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          {t.leftOut(bundle.skipped_steps.map((s) => s.title))}
        </Text>
      )}

      <BundleTotals
        subtotal={bundle.subtotal}
        discount_total={bundle.discount_total}
        total={bundle.total}
        currencyCode={currency}
      />
    </section>
  )
}
