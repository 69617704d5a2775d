import { Heading, Text } from "@medusajs/ui"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/orders"
import { PurchaseSummary } from "@/modules/cart/components/purchase-summary"
import { listOrderBundles } from "@/modules/routine-bundles/server/routines"

export const metadata: Metadata = { title: "Order confirmed" }

type Props = { params: Promise<{ id: string }> }

export default async function OrderConfirmedPage({ params }: Props) {
  const { id } = await params
  const order = await getOrder(id)
  if (!order) notFound()
  const bundles = await listOrderBundles(order.id)
  // An order line carries the id of the bundle it was bought in; the lines of
  // a bundle the plugin recorded are shown in its group.
  const bundleIds = new Set(bundles.map((b) => b.id))
  const lines = (order.items ?? []).filter((item) => !bundleIds.has(String(item.metadata?.routine_bundle_id)))
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
      <PurchaseSummary title="What you bought" bundles={bundles} lines={lines} totals={order} />
    </div>
  )
}
