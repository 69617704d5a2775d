import { Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { retrieveCart } from "@lib/data/cart"
import { listPaymentProviders, listShippingOptions } from "@lib/data/checkout"
import { retrieveCustomer } from "@lib/data/customer"
import { getI18n } from "@lib/i18n/server"
import { PurchaseSummary } from "@modules/cart/components/purchase-summary"
import { AccountForm } from "@modules/account/components/account-form"
import { ContactForm } from "@modules/checkout/components/contact-form"
import { PaymentStep } from "@modules/checkout/components/payment-step"
import { ShippingStep } from "@modules/checkout/components/shipping-step"
import { getCartBundles } from "@modules/routine-bundles/server/routines"

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t.meta.checkout })

/**
 * One page, three steps that open in turn: contact and address, delivery,
 * payment. A cart with a subscription needs an account first (renewals are
 * the customer's): a signed-out shopper signs in or up here and comes back.
 */
type Props = { params: Promise<{ countryCode: string }> }

export default async function CheckoutPage({ params }: Props) {
  const { countryCode } = await params
  const cart = await retrieveCart()
  if (!cart?.items?.length) redirect(`/${countryCode}/cart`)
  // Medusa keeps an emptied address (its country only) when the cart changes region.
  const addressed = !!cart.shipping_address?.address_1
  const [{ bundles }, shippingOptions, providers, customer] = await Promise.all([
    getCartBundles(cart),
    addressed ? listShippingOptions(cart.id) : [],
    listPaymentProviders(cart.region_id!),
    retrieveCustomer(),
  ])
  const { t } = await getI18n()
  const shippingOptionId = cart.shipping_methods?.[0]?.shipping_option_id
  const bundleLines = new Set(bundles.flatMap((b) => b.items.map((i) => i.line_item_id)))
  const needsAccount = !customer && bundles.some((b) => b.subscription_interval_weeks != null)

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="flex flex-col gap-y-10">
        <Heading level="h1" className="txt-xlarge-plus">
          {t.checkout.title}
        </Heading>
        {needsAccount && (
          <section aria-labelledby="checkout-account" data-testid="checkout-account" className="flex flex-col gap-y-4">
            <div className="flex flex-col gap-y-1">
              <Heading level="h2" id="checkout-account" className="txt-compact-large-plus">
                {t.checkout.subscriptionAccount}
              </Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {t.checkout.subscriptionAccountWhy}
              </Text>
            </div>
            <div className="grid gap-8 md:grid-cols-2">
              <AccountForm mode="sign-in" countryCode={countryCode} next="checkout" />
              <AccountForm mode="sign-up" countryCode={countryCode} next="checkout" />
            </div>
          </section>
        )}
        {!customer && !needsAccount && (
          <Text size="small" className="text-ui-fg-subtle" data-testid="checkout-sign-in">
            {t.checkout.haveAccount}{" "}
            <Link href={`/${countryCode}/account?next=checkout`} className="text-ui-fg-base underline">
              {t.checkout.signIn}
            </Link>{" "}
            {t.checkout.signInWhy}
          </Text>
        )}
        {!needsAccount && (
          <>
            <ContactForm cart={cart} />
            {addressed && (
              <ShippingStep options={shippingOptions} chosen={shippingOptionId} currencyCode={cart.currency_code} />
            )}
            {shippingOptionId && <PaymentStep providers={providers} />}
          </>
        )}
      </div>
      <PurchaseSummary
        title={t.checkout.yourOrder}
        bundles={bundles}
        lines={cart.items.filter((item) => !bundleLines.has(item.id))}
        totals={cart}
        countryCode={countryCode}
      />
    </div>
  )
}
