import { Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@lib/data/orders"
import { getI18n } from "@lib/i18n/server"
import { PurchaseSummary } from "@modules/cart/components/purchase-summary"
import { getOrderBundles } from "@modules/routine-bundles/server/routines"

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t.meta.confirmed })

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function OrderConfirmedPage({ params }: Props) {
  const { countryCode, id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  const [{ bundles, lines }, { t }] = await Promise.all([getOrderBundles(order), getI18n()])
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-8">
      <div className="flex flex-col gap-y-2">
        <Heading level="h1" className="txt-xlarge-plus">
          {t.order.thanks}
        </Heading>
        <Text className="text-ui-fg-subtle">
          {t.order.confirmedBefore} <span data-testid="order-number">#{order.display_id}</span>{" "}
          {t.order.confirmedAfter(order.email ?? "")}
        </Text>
      </div>
      <PurchaseSummary title={t.order.whatYouBought} bundles={bundles} lines={lines} totals={order} countryCode={countryCode} />
    </div>
  )
}
