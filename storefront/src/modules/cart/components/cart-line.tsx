"use client"

import type { HttpTypes } from "@medusajs/types"
import { Button, Label, Text } from "@modules/common/components/ui"
import Link from "next/link"
import { useId, useState } from "react"
import { deleteLineItem, updateLineItem } from "@lib/data/cart-actions"
import type { ActionResult } from "@lib/util/action-result"
import { useMessages, useMoney } from "@lib/i18n/provider"
import { productPath } from "@modules/routine-bundles/lib/paths"
import { unique } from "@modules/routine-bundles/lib/unique"

const QUANTITIES = Array.from({ length: 10 }, (_, i) => i + 1)

/** A product bought on its own: a quantity and a remove button, through core's line routes. */
export const CartLine = ({ item, currencyCode, countryCode }: { item: HttpTypes.StoreCartLineItem; currencyCode: string; countryCode: string }) => {
  const id = useId()
  const t = useMessages().cart
  const money = useMoney()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const run = async (change: () => Promise<ActionResult>) => {
    setBusy(true)
    const result = await change()
    setBusy(false)
    setError(result.ok ? undefined : result.error)
  }
  return (
    <li data-testid="cart-line" className="flex flex-col gap-3 py-3 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex min-w-0 flex-col">
        <Link href={productPath(countryCode, item.product_handle ?? "")} className="txt-compact-medium-plus hover:underline">
          {item.product_title}
        </Link>
        <Text size="small" className="text-ui-fg-subtle">
          {t.each(money(item.unit_price, currencyCode))} · {money(item.total ?? 0, currencyCode)}
        </Text>
        {error && (
          <Text role="alert" size="small" className="text-ui-fg-error">
            {error}
          </Text>
        )}
      </div>
      <div className="flex items-center gap-x-2">
        <Label htmlFor={id} size="small" className="text-ui-fg-subtle">
          {t.quantity}<span className="sr-only"> {t.quantityOf(item.product_title ?? "")}</span>
        </Label>
        <select
          id={id}
          value={item.quantity}
          disabled={busy}
          onChange={(event) => run(() => updateLineItem(item.id, Number(event.target.value)))}
          className="bg-ui-bg-field shadow-borders-base txt-compact-small focus-visible:shadow-borders-interactive-with-active h-8 rounded-md px-2 outline-none"
        >
          {unique(QUANTITIES.concat(item.quantity)).map((q) => (
            <option key={q} value={q}>
              {q}
            </option>
          ))}
        </select>
        <Button variant="transparent" size="small" disabled={busy} onClick={() => run(() => deleteLineItem(item.id))}>
          {t.remove}<span className="sr-only"> {item.product_title}</span>
        </Button>
      </div>
    </li>
  )
}
