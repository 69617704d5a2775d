import { Button, Heading } from "@medusajs/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { getCart } from "@/lib/data/cart"
import { CartView } from "@/modules/cart/components/cart-view"
import { getCartBundles } from "@/modules/routine-bundles/server/routines"

export const metadata: Metadata = { title: "Cart" }

export default async function CartPage() {
  const cart = await getCart()
  const { bundles, routines } = await getCartBundles(cart)
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-6">
      <Heading level="h1" className="txt-xlarge-plus">
        Your cart
      </Heading>
      <CartView cart={cart} bundles={bundles} routines={routines} />
      {!!cart?.items?.length && (
        <Button asChild size="large" className="self-end max-sm:w-full">
          <Link href="/checkout">Go to checkout</Link>
        </Button>
      )}
    </div>
  )
}
