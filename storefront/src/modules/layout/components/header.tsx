import Link from "next/link"
import { retrieveCart } from "@lib/data/cart"
import { getRegion, listRegions, regionCountry } from "@lib/data/regions"
import { homePath } from "@modules/routine-bundles/lib/paths"
import { getCartBundles } from "@modules/routine-bundles/server/routines"
import { CartDrawer } from "./cart-drawer"
import { RegionSwitch } from "./region-switch"

export const Header = async ({ countryCode }: { countryCode: string }) => {
  const [cart, regions, region] = await Promise.all([retrieveCart(), listRegions(), getRegion(countryCode)])
  const { bundles, routines } = await getCartBundles(cart)
  // Each region by the country its links use; the current one is the URL's country's.
  const choices = regions.map((r) => ({ countryCode: regionCountry(r), label: `${r.name} (${r.currency_code.toUpperCase()})`, regionId: r.id }))
  return (
    <header className="bg-ui-bg-base border-ui-border-base sticky top-0 z-10 border-b">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-x-3 px-4 sm:px-6">
        <Link href={homePath(countryCode)} className="txt-compact-large-plus whitespace-nowrap">
          Skin routines
        </Link>
        <div className="flex items-center gap-x-2 sm:gap-x-4">
          <RegionSwitch
            regions={choices}
            current={choices.find((c) => c.regionId === region?.id)?.countryCode ?? countryCode}
          />
          <CartDrawer cart={cart} bundles={bundles} routines={routines} countryCode={countryCode} />
        </div>
      </div>
    </header>
  )
}
