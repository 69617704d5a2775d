"use client"

import type { CartRoutineBundle } from "medusa-plugin-routine-bundles-client"
import type { HttpTypes } from "@medusajs/types"
import { Text } from "@modules/common/components/ui"
import { PurchaseSummary } from "@modules/cart/components/purchase-summary"
import { formatDate } from "@lib/i18n"
import { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"

export type PastOrder = {
  order: HttpTypes.StoreOrder
  bundles: CartRoutineBundle[]
  /** The order's lines bought on their own. */
  lines: NonNullable<HttpTypes.StoreOrder["items"]>
}

/** The customer's orders, newest first, each with its routines grouped and their saving, as the confirmation shows it. */
export const OrderHistory = ({ orders, countryCode }: { orders: PastOrder[]; countryCode: string }) => {
  const language = useLanguage()
  const t = useMessages().account
  const money = useMoney()
  return orders.length === 0 ? (
    <Text className="text-ui-fg-subtle" data-testid="no-orders">
      {t.noOrders}
    </Text>
  ) : (
    <ol className="flex flex-col gap-y-10">
      {orders.map(({ order, bundles, lines }) => (
        <li key={order.id} data-testid="past-order" data-order-id={order.id} className="flex flex-col gap-y-2">
          <Text size="small" className="text-ui-fg-subtle">
            {formatDate(order.created_at, language)} · {money(order.total, order.currency_code)}
          </Text>
          <PurchaseSummary
            id={`order-${order.id}`}
            title={t.orderNumber(order.display_id)}
            bundles={bundles}
            lines={lines}
            totals={order}
            countryCode={countryCode}
          />
        </li>
      ))}
    </ol>
  )
}
