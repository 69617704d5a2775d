import { Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@lib/data/orders"
import { PurchaseSummary } from "@modules/cart/components/purchase-summary"
import { listOrderBundles } from "@modules/routine-bundles/server/routines"

export const metadata: Metadata = { title: "Order confirmed" }

type Props = { params: Promise<{ countryCode: string; id: string }> }

export default async function OrderConfirmedPage({ params }: Props) {
  const { countryCode, id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  const bundles = await listOrderBundles(order.id)
  // The plugin says which order line each bundle item became; the others are shown on their own.
  const bundled = new Set(bundles.flatMap((b) => b.items.map((i) => i.order_line_item_id)))
  const lines = (order.items ?? []).filter((item) => !bundled.has(item.id))
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-8">
      <div className="flex flex-col gap-y-2">
        <Heading level="h1" className="txt-xlarge-plus">
          Thank you for your order
        </Heading>
        <Text className="text-ui-fg-subtle">
          Order <span data-testid="order-number">#{order.display_id}</span> is confirmed; we sent the details to{" "}
          {order.email}.
        </Text>
      </div>
      <PurchaseSummary title="What you bought" bundles={bundles} lines={lines} totals={order} countryCode={countryCode} />
    </div>
  )
}
