"use client"

import type { HttpTypes } from "@medusajs/types"
import type { CartRoutineBundle, StoreRoutine } from "medusa-plugin-routine-bundles-client"
import { ShoppingBag, XMark } from "@medusajs/icons"
import Link from "next/link"
import { usePathname } from "next/navigation"
import { useEffect, useRef, useState } from "react"
import { Button, buttonClasses, IconButton } from "@modules/common/components/ui"
import { CartView } from "@modules/cart/components/cart-view"
import { cartPath } from "@modules/routine-bundles/lib/paths"
import { useMessages } from "@lib/i18n/provider"

type Props = {
  cart: HttpTypes.StoreCart | null
  bundles: CartRoutineBundle[]
  routines: Record<string, StoreRoutine>
  countryCode: string
}

/**
 * The header's cart button and the drawer it opens: the same cart as the
 * cart page, routines grouped. The drawer is the browser's modal <dialog>
 * (focus kept inside, Escape closes, drawn above the sticky header).
 */
export const CartDrawer = ({ cart, bundles, routines, countryCode }: Props) => {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const pathname = usePathname()
  // A link followed from inside the drawer lands on a new page: close it.
  useEffect(() => setOpen(false), [pathname])
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal()
    if (!open && dialog.current?.open) dialog.current.close()
  }, [open])
  const count = cart?.items?.reduce((sum, item) => sum + item.quantity, 0) ?? 0
  const messages = useMessages()
  const t = messages.drawer

  return (
    <>
      <Button variant="secondary" size="small" aria-label={messages.header.cartButton(count)} onClick={() => setOpen(true)}>
        <ShoppingBag />
        <span aria-hidden data-testid="cart-count">
          {count}
        </span>
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="cart-drawer-title"
        onClose={() => setOpen(false)}
        className="bg-ui-bg-base text-ui-fg-base m-0 ml-auto h-full max-h-full w-full max-w-md p-0 backdrop:bg-black/40"
      >
        {open && (
          <div className="flex h-full flex-col">
            <div className="border-ui-border-base flex items-center justify-between border-b px-6 py-4">
              <h2 id="cart-drawer-title" className="txt-compact-large-plus">
                {t.title}
              </h2>
              <IconButton aria-label={t.close} onClick={() => setOpen(false)}>
                <XMark />
              </IconButton>
            </div>
            <div className="flex-1 overflow-y-auto px-6 py-4">
              <CartView cart={cart} bundles={bundles} routines={routines} countryCode={countryCode} />
            </div>
            {!!count && (
              <div className="border-ui-border-base flex items-center justify-end gap-x-2 border-t px-6 py-4">
                <Link href={cartPath(countryCode)} className="txt-compact-small-plus px-2 underline-offset-2 hover:underline">
                  {t.viewCart}
                </Link>
                <Link href={`/${countryCode}/checkout`} className={buttonClasses({ size: "small" })}>
                  {t.checkout}
                </Link>
              </div>
            )}
          </div>
        )}
      </dialog>
    </>
  )
}
