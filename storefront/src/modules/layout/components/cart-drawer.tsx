"use client"

import type { HttpTypes } from "@medusajs/types"
import type { CartRoutineBundle, StoreRoutine } from "medusa-plugin-routine-bundles/store"
import { ShoppingBag } from "@medusajs/icons"
import { Button, Drawer } from "@medusajs/ui"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useState } from "react"
import { CartView } from "@/modules/cart/components/cart-view"

type Props = {
  cart: HttpTypes.StoreCart | null
  bundles: CartRoutineBundle[]
  routines: Record<string, StoreRoutine>
}

/** The header's cart button and the drawer it opens: the same cart as the cart page, routines grouped. */
export const CartDrawer = ({ cart, bundles, routines }: Props) => {
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  // A link followed from inside the drawer lands on a new page: close it.
  useEffect(() => setOpen(false), [pathname])
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button variant="secondary" size="small" aria-label={`Cart, ${count} ${count === 1 ? "item" : "items"}`}>
          <ShoppingBag />
          <span aria-hidden data-testid="cart-count">
            {count}
          </span>
        </Button>
      </Drawer.Trigger>
      {/* Above the sticky header. */}
      <Drawer.Content aria-describedby={undefined} className="z-50" overlayProps={{ className: "z-50" }}>
        <Drawer.Header>
          <Drawer.Title>Your cart</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="overflow-y-auto">
          <CartView cart={cart} bundles={bundles} routines={routines} />
        </Drawer.Body>
        {!!count && (
          <Drawer.Footer>
            <Link href="/cart" className="txt-compact-small-plus px-2 underline-offset-2 hover:underline">
              View cart
            </Link>
            <Button asChild size="small">
              <Link href="/checkout">Checkout</Link>
            </Button>
          </Drawer.Footer>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
