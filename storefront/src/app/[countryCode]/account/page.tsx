import { Button, Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import { listCustomerOrders, retrieveCustomer } from "@lib/data/customer"
import { listSubscriptions } from "@lib/data/subscriptions"
import { signOut } from "@lib/data/customer-actions"
import { getI18n } from "@lib/i18n/server"
import { AccountForm } from "@modules/account/components/account-form"
import { OrderHistory } from "@modules/account/components/order-history"
import { SubscriptionList } from "@modules/account/components/subscription-list"
import { getOrderBundles } from "@modules/routine-bundles/server/routines"

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t.meta.account })

type Props = {
  params: Promise<{ countryCode: string }>
  /** `?next=checkout` when the shopper came from checkout to sign in. */
  searchParams: Promise<{ next?: string }>
}

/** Signed out: sign in or create an account. Signed in: who, sign out, the subscriptions and the order history. */
export default async function AccountPage({ params, searchParams }: Props) {
  const [{ countryCode }, { next }] = await Promise.all([params, searchParams])
  const [customer, { t }] = await Promise.all([retrieveCustomer(), getI18n()])
  if (!customer) {
    return (
      <div className="mx-auto grid max-w-4xl gap-10 md:grid-cols-2">
        <Heading level="h1" className="txt-xlarge-plus md:col-span-2">
          {t.account.title}
        </Heading>
        <AccountForm mode="sign-in" countryCode={countryCode} next={next} />
        <AccountForm mode="sign-up" countryCode={countryCode} next={next} />
      </div>
    )
  }
  const [orders, subscriptions] = await Promise.all([
    listCustomerOrders().then((placed) =>
      Promise.all(placed.map(async (order) => ({ order, ...(await getOrderBundles(order)) })))
    ),
    listSubscriptions(),
  ])
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-y-1">
          <Heading level="h1" className="txt-xlarge-plus">
            {t.account.title}
          </Heading>
          <Text className="text-ui-fg-subtle" data-testid="signed-in-as">
            {customer.first_name} {customer.last_name}, {customer.email}
          </Text>
        </div>
        <form action={signOut.bind(null, countryCode)}>
          <Button type="submit" variant="secondary">
            {t.account.signOut}
          </Button>
        </form>
      </div>
      <section aria-labelledby="subscriptions" className="flex flex-col gap-y-4">
        <Heading level="h2" id="subscriptions" className="txt-large-plus">
          {t.subscriptions.title}
        </Heading>
        <SubscriptionList subscriptions={subscriptions} countryCode={countryCode} />
      </section>
      <section aria-labelledby="order-history" className="flex flex-col gap-y-4">
        <Heading level="h2" id="order-history" className="txt-large-plus">
          {t.account.orderHistory}
        </Heading>
        <OrderHistory orders={orders} countryCode={countryCode} />
      </section>
    </div>
  )
}
