"use client"

import type { RoutineSubscription } from "medusa-plugin-routine-bundles-client"
import Link from "next/link"
import { Badge, Text } from "@modules/common/components/ui"
import { formatDate } from "@lib/i18n"
import { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"

/** The customer's subscriptions: routine, interval, next refill, status and last price, each linking to its page. */
export const SubscriptionList = ({ subscriptions, countryCode }: { subscriptions: RoutineSubscription[]; countryCode: string }) => {
  const language = useLanguage()
  const t = useMessages().subscriptions
  const money = useMoney()
  if (subscriptions.length === 0) {
    return (
      <Text className="text-ui-fg-subtle" data-testid="no-subscriptions">
        {t.none}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-3">
      {subscriptions.map((subscription) => {
        const title = subscription.routine?.title ?? subscription.routine_id
        const ended = subscription.status === "cancelled"
        return (
          <li
            key={subscription.id}
            data-testid="subscription"
            data-subscription-id={subscription.id}
            className="bg-ui-bg-subtle shadow-borders-base flex flex-wrap items-center justify-between gap-3 rounded-lg p-4"
          >
            <div className="flex flex-col gap-y-1">
              <Link
                href={`/${countryCode}/account/subscriptions/${subscription.id}`}
                className="txt-compact-large-plus hover:underline"
                aria-label={t.manage(title)}
              >
                {title}
              </Link>
              <dl className="txt-compact-small text-ui-fg-subtle grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                <dt className="sr-only">{t.interval}</dt>
                <dd className="col-span-2">{t.every(subscription.interval_weeks)}</dd>
                {!ended && (
                  <>
                    <dt>{t.nextRefill}</dt>
                    <dd data-testid="subscription-next">{formatDate(subscription.next_renewal_at, language)}</dd>
                  </>
                )}
                <dt>{t.lastPrice}</dt>
                <dd>{money(subscription.last_total, subscription.currency_code)}</dd>
              </dl>
            </div>
            <Badge data-testid="subscription-status">
              <span className="sr-only">{t.status}: </span>
              {t.statuses[subscription.status]}
            </Badge>
          </li>
        )
      })}
    </ul>
  )
}
