"use client"

import type { RoutineSubscription } from "medusa-plugin-routine-bundles-client"
import Link from "next/link"
import type { ReactNode } from "react"
import { Heading } from "@modules/common/components/ui"
import { formatDate } from "@lib/i18n"
import { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"

type Entry = { key: string; date: string; status: string; what: ReactNode; testId: string }

/**
 * The subscription's orders (the first, then each renewal's) and the
 * renewals that placed none (skipped, failed, being tried), newest first.
 */
export const SubscriptionHistory = ({ subscription, countryCode }: { subscription: RoutineSubscription; countryCode: string }) => {
  const language = useLanguage()
  const t = useMessages().subscriptions
  const money = useMoney()
  const entries: Entry[] = [
    ...(subscription.orders ?? []).map((order) => ({
      key: order.id,
      date: order.created_at,
      status: order.renewal_id ? t.renewalStatuses.succeeded : t.firstOrder,
      testId: "subscription-order",
      what: (
        <>
          {money(order.total, order.currency_code)}{" "}
          <Link href={`/${countryCode}/order/${order.id}/confirmed`} className="underline">
            {t.orderNumber(order.display_id)}
          </Link>
        </>
      ),
    })),
    ...(subscription.renewals ?? [])
      .filter((renewal) => renewal.status !== "succeeded")
      .map((renewal) => ({
        key: renewal.id,
        date: renewal.due_at,
        status: t.renewalStatuses[renewal.status],
        testId: "subscription-renewal",
        what: renewal.failure_reason ? t.failureReasons[renewal.failure_reason] : null,
      })),
  ].sort((a, b) => b.date.localeCompare(a.date))
  return (
    <section aria-labelledby="subscription-history" className="flex flex-col gap-y-3">
      <Heading level="h2" id="subscription-history" className="txt-large-plus">
        {t.history}
      </Heading>
      <ol className="txt-compact-small flex flex-col divide-y divide-ui-border-base">
        {entries.map((entry) => (
          <li key={entry.key} data-testid={entry.testId} className="flex flex-wrap justify-between gap-x-4 py-2">
            <span>
              {formatDate(entry.date, language)} · {entry.status}
            </span>
            <span>{entry.what}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
