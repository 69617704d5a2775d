"use client"

import type { HttpTypes } from "@medusajs/types"
import { Button, Label, Text } from "@modules/common/components/ui"
import { useParams } from "next/navigation"
import { useState } from "react"
import { addToCart } from "@lib/data/cart-actions"
import { useMessages, useMoney } from "@lib/i18n/provider"
import { useHydrated } from "@modules/routine-bundles/lib/use-hydrated"

const inStock = (variant: HttpTypes.StoreProductVariant) =>
  !variant.manage_inventory || variant.allow_backorder || (variant.inventory_quantity ?? 0) > 0

/** The product on its own, at its regular price, through core's line-item route. */
export const AddToCart = ({ product }: { product: HttpTypes.StoreProduct }) => {
  const hydrated = useHydrated()
  const t = useMessages().product
  const money = useMoney()
  const { countryCode } = useParams<{ countryCode: string }>()
  const variants = product.variants ?? []
  const [variantId, setVariantId] = useState(variants.find(inStock)?.id ?? variants[0]?.id)
  const [state, setState] = useState<{ busy?: boolean; error?: string; added?: boolean }>({})
  const variant = variants.find((v) => v.id === variantId)
  const price = variant?.calculated_price
  const available = !!variant && inStock(variant)

  return (
    <div className="flex flex-col gap-y-3">
      {price?.calculated_amount != null && price.currency_code && (
        <Text size="xlarge" weight="plus" data-testid="product-price">
          {money(price.calculated_amount, price.currency_code)}
        </Text>
      )}
      {variants.length > 1 && (
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="variant">{t.variant}</Label>
          <select
            id="variant"
            value={variantId}
            onChange={(event) => setVariantId(event.target.value)}
            className="bg-ui-bg-field shadow-borders-base txt-compact-small h-9 rounded-md px-2"
          >
            {variants.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button
        size="large"
        disabled={!available || !hydrated}
        aria-busy={state.busy}
        onClick={async () => {
          setState({ busy: true })
          const result = await addToCart(countryCode, variantId!, 1)
          setState(result.ok ? { added: true } : { error: result.error })
        }}
      >
        {available ? t.addToCart : t.outOfStock}
      </Button>
      <Text role="status" size="small" className={state.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {state.error ?? (state.added ? t.added : "")}
      </Text>
    </div>
  )
}
