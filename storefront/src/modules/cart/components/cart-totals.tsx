"use client"

import type { HttpTypes } from "@medusajs/types"
import { useMessages, useMoney } from "@lib/i18n/provider"

type Props = {
  /** A cart's or an order's totals: both have these fields. */
  cart: Pick<HttpTypes.StoreCart & HttpTypes.StoreOrder, "currency_code" | "item_total" | "shipping_total" | "tax_total" | "total"> & {
    shipping_methods?: unknown[] | null
  }
  /** What the routine bundles take off their products' regular prices. */
  saving: number
}

/** Products, the routines' saving, shipping, taxes and total. */
export const CartTotals = ({ cart, saving }: Props) => {
  const t = useMessages().totals
  const format = useMoney()
  const money = (amount: number | undefined) => format(amount ?? 0, cart.currency_code)
  return (
    <dl className="border-ui-border-base txt-compact-small grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t pt-4">
      <dt className="text-ui-fg-subtle">{t.products}</dt>
      <dd className="text-right" data-testid="cart-item-total">{money(cart.item_total)}</dd>
      {saving > 0 && (
        <>
          <dt className="text-ui-tag-green-text">{t.routineSaving}</dt>
          <dd className="text-ui-tag-green-text text-right" data-testid="cart-saving">{money(saving)}</dd>
        </>
      )}
      {!!cart.shipping_methods?.length && (
        <>
          <dt className="text-ui-fg-subtle">{t.shipping}</dt>
          <dd className="text-right">{money(cart.shipping_total)}</dd>
        </>
      )}
      <dt className="text-ui-fg-subtle">{t.taxes}</dt>
      <dd className="text-right">{money(cart.tax_total)}</dd>
      <dt className="txt-compact-medium-plus">{t.total}</dt>
      <dd className="txt-compact-medium-plus text-right" data-testid="cart-total">{money(cart.total)}</dd>
    </dl>
  )
}
