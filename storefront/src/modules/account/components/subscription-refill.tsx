"use client"

import type { RoutineSubscription, RoutineSubscriptionRefill } from "medusa-plugin-routine-bundles-client"
import { Heading, Text } from "@modules/common/components/ui"
import { formatDate } from "@lib/i18n"
import { useLanguage, useMessages, useMoney } from "@lib/i18n/provider"

/** A refill's steps and products, its price and its change since the last order: the next refill, or a check-in's preview. */
export const RefillSummary = ({ refill }: { refill: RoutineSubscriptionRefill }) => {
  const t = useMessages().subscriptions
  const format = useMoney()
  const money = (amount: number) => format(amount, refill.currency_code)
  return (
    <>
      <ol className="flex flex-col divide-y divide-ui-border-base">
        {refill.quote.items.map((item) => (
          <li key={item.step.id} data-testid="refill-line" data-step-handle={item.step.handle} className="flex justify-between gap-x-4 py-2">
            <span className="flex flex-col">
              <span className="txt-small text-ui-fg-subtle">{item.step.title}</span>
              <span className="txt-compact-medium-plus">{item.product.title}</span>
            </span>
            <span className="txt-compact-small">
              {item.quantity} × {money(item.discounted_unit_price)}
            </span>
          </li>
        ))}
      </ol>
      <dl className="txt-compact-medium grid grid-cols-[1fr_auto] gap-x-4">
        <dt className="txt-compact-medium-plus">{t.refillTotal}</dt>
        <dd className="txt-compact-medium-plus text-right" data-testid="refill-total">
          {money(refill.total)}
        </dd>
      </dl>
      <Text size="small" className="text-ui-fg-subtle" data-testid="refill-change">
        {t.changeSinceLast(refill.change_percentage)}
      </Text>
    </>
  )
}

type Props = { subscription: RoutineSubscription; refill: RoutineSubscriptionRefill | null }

/** The next refill as the store would order it today: when, its products, its price and how it changed; the price notice first. */
export const SubscriptionRefill = ({ subscription, refill }: Props) => {
  const language = useLanguage()
  const t = useMessages().subscriptions
  const format = useMoney()
  const money = (amount: number) => format(amount, subscription.currency_code)
  const notice = subscription.price_notice
  return (
    <section aria-labelledby="next-refill" data-testid="subscription-refill" className="flex flex-col gap-y-3">
      <Heading level="h2" id="next-refill" className="txt-large-plus">
        {t.nextRefillHeading}
      </Heading>
      {notice && (
        <Text role="status" data-testid="price-notice" className="bg-ui-tag-orange-bg text-ui-tag-orange-text rounded-md p-3">
          {t.priceNotice(money(notice.previous_total), money(notice.next_total))}
        </Text>
      )}
      {refill ? (
        <>
          <Text size="small" className="text-ui-fg-subtle">
            {t.refillOn(formatDate(refill.due_at, language))}
          </Text>
          <RefillSummary refill={refill} />
        </>
      ) : (
        <Text className="text-ui-fg-subtle">{t.noRefill}</Text>
      )}
    </section>
  )
}
