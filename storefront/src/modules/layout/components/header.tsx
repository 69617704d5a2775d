import Link from "next/link"
import { getCart } from "@/lib/data/cart"
import { getCurrentRegion, listRegions } from "@/lib/data/regions"
import { getCartBundles } from "@/modules/routine-bundles/server/routines"
import { CartDrawer } from "./cart-drawer"
import { RegionSwitch } from "./region-switch"

export const Header = async () => {
  const [cart, regions, region] = await Promise.all([getCart(), listRegions(), getCurrentRegion()])
  const { bundles, routines } = await getCartBundles(cart)
  return (
    <header className="bg-ui-bg-base border-ui-border-base sticky top-0 z-10 border-b">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-x-3 px-4 sm:px-6">
        <Link href="/" className="txt-compact-large-plus whitespace-nowrap">
          Skin routines
        </Link>
        <div className="flex items-center gap-x-2 sm:gap-x-4">
          <RegionSwitch regions={regions} current={cart?.region_id ?? region.id} />
          <CartDrawer cart={cart} bundles={bundles} routines={routines} />
        </div>
      </div>
    </header>
  )
}
