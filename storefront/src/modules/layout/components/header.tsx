import Link from "next/link"
import { retrieveCart } from "@lib/data/cart"
import { retrieveCustomer } from "@lib/data/customer"
import { getI18n } from "@lib/i18n/server"
import { getRegion, listRegions, regionCountry } from "@lib/data/regions"
import { homePath } from "@modules/routine-bundles/lib/paths"
import { getCartBundles } from "@modules/routine-bundles/server/routines"
import { CartDrawer } from "./cart-drawer"
import { LanguageSwitch } from "./language-switch"
import { RegionSwitch } from "./region-switch"

export const Header = async ({ countryCode }: { countryCode: string }) => {
  const [cart, regions, region, customer] = await Promise.all([
    retrieveCart(),
    listRegions(),
    getRegion(countryCode),
    retrieveCustomer(),
  ])
  const { t } = await getI18n()
  const { bundles, routines } = await getCartBundles(cart)
  // Each region by the country its links use; the current one is the URL's country's.
  const choices = regions.map((r) => ({ countryCode: regionCountry(r), label: `${r.name} (${r.currency_code.toUpperCase()})`, regionId: r.id }))
  return (
    <header className="bg-ui-bg-base border-ui-border-base sticky top-0 z-10 border-b">
      {/* On a phone the switches go under the shop's name when the row is full (a longer name in Estonian). */}
      <div className="mx-auto flex min-h-16 max-w-6xl flex-wrap items-center justify-between gap-x-3 gap-y-2 px-4 py-2 sm:px-6">
        <Link href={homePath(countryCode)} className="txt-compact-large-plus whitespace-nowrap">
          {t.header.home}
        </Link>
        <div className="flex flex-wrap items-center justify-end gap-x-2 gap-y-2 sm:gap-x-4">
          <LanguageSwitch />
          <RegionSwitch
            regions={choices}
            current={choices.find((c) => c.regionId === region?.id)?.countryCode ?? countryCode}
          />
          <Link
            href={`/${countryCode}/account`}
            className="txt-compact-small-plus text-ui-fg-subtle hover:text-ui-fg-base whitespace-nowrap"
            data-testid="account-link"
          >
            {customer ? t.header.account : t.header.signIn}
          </Link>
          <CartDrawer cart={cart} bundles={bundles} routines={routines} countryCode={countryCode} />
        </div>
      </div>
    </header>
  )
}
