"use client"

import { useMessages, useMoney } from "../i18n"

type Props = {
  /** What the product costs alone. */
  regular: number
  /** What it costs in the routine. */
  price: number
  currencyCode: string
}

/** A regular price struck through beside the routine's price; read out with words, not strike-through. */
export const BundlePrice = ({ regular, price, currencyCode }: Props) => {
  const t = useMessages().routines
  const money = useMoney()
  return (
  <span className="inline-flex flex-wrap items-baseline gap-x-2">
    {regular !== price && (
      <s className="txt-small text-ui-fg-subtle">
        <span className="sr-only">{t.regularPrice} </span>
        {money(regular, currencyCode)}
      </s>
    )}
    <span className="txt-compact-medium-plus text-ui-fg-base">
      <span className="sr-only">{t.routinePrice} </span>
      {money(price, currencyCode)}
    </span>
  </span>
  )
}
