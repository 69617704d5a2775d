import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Button, Container, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/common/query-states"
import { SectionHeader } from "../components/common/section-header"
import { useRoutineBundleOrders } from "../hooks/order-bundles"
import { usePermissions } from "../hooks/permissions"
import { formatAmount } from "../lib/format"

const PAGE = 5

/**
 * Orders bought with routine bundles, above Medusa's order list: the list
 * takes widgets above and below it but no column, so the orders with bundles
 * are marked here, newest first, each a link to the order. Nothing shows in
 * a store without such orders, or for a user who may not read bundles.
 */
const OrderListRoutineBundlesWidget = () => {
  const { can } = usePermissions()
  const allowed = can("routine_bundle:read")
  const [offset, setOffset] = useState(0)
  const { data, isError, error, refetch } = useRoutineBundleOrders({ limit: PAGE, offset }, { enabled: allowed })
  if (!allowed) return null
  if (isError) {
    return (
      <Container className="p-0">
        <SectionHeader title="Orders with routine bundles" />
        <ErrorState error={error} onRetry={refetch} />
      </Container>
    )
  }
  if (!data?.count) return null
  const last = Math.min(offset + PAGE, data.count)
  return (
    <Container className="divide-y p-0" data-testid="order-list-routine-bundles">
      <SectionHeader title="Orders with routine bundles" />
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell>Date</Table.HeaderCell>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Routines</Table.HeaderCell>
            <Table.HeaderCell>Bundles</Table.HeaderCell>
            <Table.HeaderCell>Bundle price</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.orders.map((order) => (
            <Table.Row key={order.id} data-testid="order-list-routine-bundles-row">
              <Table.Cell>
                <Link to={`/orders/${order.id}`} className="text-ui-fg-interactive hover:underline">
                  {order.display_id ? `#${order.display_id}` : order.id}
                </Link>
              </Table.Cell>
              <Table.Cell>{new Date(order.created_at).toLocaleDateString()}</Table.Cell>
              <Table.Cell>{order.email ?? "–"}</Table.Cell>
              <Table.Cell>{order.routines.map((r) => r.title).join(", ")}</Table.Cell>
              <Table.Cell>{order.bundles}</Table.Cell>
              <Table.Cell>{formatAmount(order.bundle_total, order.currency_code)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center justify-between px-6 py-3">
        <Text size="small" className="text-ui-fg-subtle">
          {`${offset + 1}–${last} of ${data.count} orders with a routine bundle`}
        </Text>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(offset - PAGE)}>
            Previous
          </Button>
          <Button size="small" variant="secondary" disabled={last >= data.count} onClick={() => setOffset(offset + PAGE)}>
            Next
          </Button>
        </div>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.list.before",
})

export default OrderListRoutineBundlesWidget
