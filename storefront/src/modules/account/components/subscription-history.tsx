"use client"

import type { RoutineSubscription } from "medusa-plugin-routine-bundles-client"
import Link from "next/link"
import { Heading, Text } from "@modules/common/components/ui"
import { formatDate } from "@lib/i18n"
import { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"

/** The order that started the subscription, then each renewal: its date, what became of it, its price and order. */
export const SubscriptionHistory = ({ subscription, countryCode }: { subscription: RoutineSubscription; countryCode: string }) => {
  const language = useLanguage()
  const t = useMessages().subscriptions
  const format = useMoney()
  const money = (amount: number) => format(amount, subscription.currency_code)
  const orderLink = (orderId: string) => (
    <Link href={`/${countryCode}/order/${orderId}/confirmed`} className="underline">
      {t.order}
    </Link>
  )
  const renewals = [...(subscription.renewals ?? [])].sort((a, b) => b.due_at.localeCompare(a.due_at))
  return (
    <section aria-labelledby="subscription-history" className="flex flex-col gap-y-3">
      <Heading level="h2" id="subscription-history" className="txt-large-plus">
        {t.history}
      </Heading>
      {renewals.length === 0 && <Text className="text-ui-fg-subtle">{t.noHistory}</Text>}
      <ol className="txt-compact-small flex flex-col divide-y divide-ui-border-base">
        {renewals.map((renewal) => (
          <li key={renewal.id} data-testid="subscription-renewal" data-status={renewal.status} className="flex flex-wrap justify-between gap-x-4 py-2">
            <span>
              {formatDate(renewal.due_at, language)} · {t.renewalStatuses[renewal.status]}
              {renewal.failure_reason && ` · ${t.failureReasons[renewal.failure_reason]}`}
            </span>
            <span className="flex gap-x-3">
              {renewal.total != null && money(renewal.total)}
              {renewal.order_id && orderLink(renewal.order_id)}
            </span>
          </li>
        ))}
        <li className="flex flex-wrap justify-between gap-x-4 py-2">
          <span>
            {formatDate(subscription.created_at, language)} · {t.firstOrder}
          </span>
          {orderLink(subscription.order_id)}
        </li>
      </ol>
    </section>
  )
}
