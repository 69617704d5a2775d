"use client"

import { useMessages, useMoney } from "../i18n"
import { clx } from "./ui"

type Props = {
  subtotal: number
  discount_total: number
  total: number
  currencyCode: string
  className?: string
}

/** The routine's regular total struck through, the saving and what the shopper pays. */
export const BundleTotals = ({ subtotal, discount_total, total, currencyCode, className }: Props) => {
  const t = useMessages().routines
  const money = useMoney()
  return (
  <dl className={clx("grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 txt-compact-small", className)}>
    <dt className="text-ui-fg-subtle">{t.regularPrice}</dt>
    <dd className="text-right text-ui-fg-subtle" data-testid="bundle-subtotal">
      <s>{money(subtotal, currencyCode)}</s>
    </dd>
    <dt className="text-ui-tag-green-text">{t.youSave}</dt>
    <dd className="text-right text-ui-tag-green-text txt-compact-small-plus" data-testid="bundle-saving">
      {money(discount_total, currencyCode)}
    </dd>
    <dt className="txt-compact-medium-plus">{t.routinePrice}</dt>
    <dd className="text-right txt-compact-medium-plus" data-testid="bundle-total">
      {money(total, currencyCode)}
    </dd>
  </dl>
  )
}
