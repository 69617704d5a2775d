import { buttonClasses, Heading } from "@modules/common/components/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { retrieveCart } from "@lib/data/cart"
import { getI18n } from "@lib/i18n/server"
import { CartView } from "@modules/cart/components/cart-view"
import { getCartBundles } from "@modules/routine-bundles/server/routines"

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t.meta.cart })

type Props = { params: Promise<{ countryCode: string }> }

export default async function CartPage({ params }: Props) {
  const { countryCode } = await params
  const cart = await retrieveCart()
  const [{ bundles, routines }, { t }] = await Promise.all([getCartBundles(cart), getI18n()])
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-6">
      <Heading level="h1" className="txt-xlarge-plus">
        {t.cart.title}
      </Heading>
      <CartView cart={cart} bundles={bundles} routines={routines} countryCode={countryCode} />
      {!!cart?.items?.length && (
        <Link href={`/${countryCode}/checkout`} className={buttonClasses({ size: "large" }, "self-end max-sm:w-full")}>
          {t.cart.goToCheckout}
        </Link>
      )}
    </div>
  )
}
