"use client"

import type { HttpTypes } from "@medusajs/types"
import { useMessages } from "@lib/i18n/provider"
import type { CartRoutineBundle, StoreRoutine } from "medusa-plugin-routine-bundles-client"
import { Text } from "@modules/common/components/ui"
import Link from "next/link"
import { CartBundleGroup } from "@modules/routine-bundles/components/cart-bundle-group"
import { homePath } from "@modules/routine-bundles/lib/paths"
import { CartLine } from "./cart-line"
import { CartTotals } from "./cart-totals"

type Props = {
  cart: HttpTypes.StoreCart | null
  bundles: CartRoutineBundle[]
  /** Each bundle's routine by id, for swapping a step's product. */
  routines: Record<string, StoreRoutine>
  /** The shopper's country, from the route: it prefixes the links. */
  countryCode: string
}

/** The cart as the cart page and the drawer show it: each routine bundle as one group, then the other lines. */
export const CartView = ({ cart, bundles, routines, countryCode }: Props) => {
  const t = useMessages().cart
  if (!cart?.items?.length) {
    return (
      <Text className="text-ui-fg-subtle">
        {t.empty}{" "}
        <Link href={homePath(countryCode)} className="text-ui-fg-base underline">
          {t.findRoutine}
        </Link>
      </Text>
    )
  }
  // The plugin's record says which lines belong to a bundle (line metadata is not trusted).
  const bundleLines = new Set(bundles.flatMap((b) => b.items.map((i) => i.line_item_id)))
  const others = cart.items.filter((item) => !bundleLines.has(item.id))
  return (
    <div className="flex flex-col gap-y-6" data-testid="cart-view">
      {bundles.map((bundle) => (
        <CartBundleGroup key={bundle.id} bundle={bundle} routine={routines[bundle.routine.id]} countryCode={countryCode} />
      ))}
      {others.length > 0 && (
        <section aria-labelledby="cart-other-lines" className="flex flex-col gap-y-2">
          <h2 id="cart-other-lines" className="txt-compact-large-plus">
            {bundles.length ? t.otherProducts : t.products}
          </h2>
          <ul className="divide-ui-border-base flex flex-col divide-y">
            {others.map((item) => (
              <CartLine key={item.id} item={item} currencyCode={cart.currency_code} countryCode={countryCode} />
            ))}
          </ul>
        </section>
      )}
      <CartTotals cart={cart} saving={bundles.reduce((sum, b) => sum + b.discount_total, 0)} />
    </div>
  )
}
