import { Badge, Heading, Text } from "@modules/common/components/ui"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound, redirect } from "next/navigation"
import { retrieveCustomer } from "@lib/data/customer"
import { getSubscription, getSubscriptionRefill } from "@lib/data/subscriptions"
import { formatDate } from "@lib/i18n"
import { getI18n } from "@lib/i18n/server"
import { SubscriptionCheckIn } from "@modules/account/components/subscription-checkin"
import { SubscriptionHistory } from "@modules/account/components/subscription-history"
import { SubscriptionManager } from "@modules/account/components/subscription-manager"
import { SubscriptionRefill } from "@modules/account/components/subscription-refill"
import { getRoutine, listSymptoms } from "@modules/routine-bundles/server/routines"

type Props = { params: Promise<{ countryCode: string; id: string }> }

export const generateMetadata = async (): Promise<Metadata> => ({ title: (await getI18n()).t.subscriptions.title })

/** One subscription: what it is, the next refill, the shopper's actions, the skin check-in and its orders. */
export default async function SubscriptionPage({ params }: Props) {
  const { countryCode, id } = await params
  if (!(await retrieveCustomer())) redirect(`/${countryCode}/account`)
  const subscription = await getSubscription(id)
  if (!subscription) notFound()
  const live = subscription.status !== "cancelled"
  const [refill, routine, symptoms, { t, language }] = await Promise.all([
    live ? getSubscriptionRefill(id) : null,
    // Its steps' candidates to swap among, priced where the shopper is.
    live ? getRoutine(countryCode, subscription.routine_id) : null,
    live ? listSymptoms(subscription.routine_id) : [],
    getI18n(),
  ])
  const words = t.subscriptions
  const title = subscription.routine?.title ?? routine?.title ?? subscription.routine_id
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-y-10" data-testid="subscription-page">
      <div className="flex flex-col gap-y-2">
        <Link href={`/${countryCode}/account`} className="txt-compact-small text-ui-fg-subtle hover:underline">
          {words.backToAccount}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <Heading level="h1" className="txt-xlarge-plus">
            {words.heading(title)}
          </Heading>
          <Badge data-testid="subscription-status">{words.statuses[subscription.status]}</Badge>
        </div>
        <Text className="text-ui-fg-subtle" data-testid="subscription-interval">
          {words.every(subscription.interval_weeks)} · {words.since(formatDate(subscription.created_at, language))}
          {live && ` · ${words.nextRefill}: ${formatDate(subscription.next_renewal_at, language)}`}
        </Text>
        {subscription.status === "needs_action" && subscription.last_failure_reason && (
          <Text role="alert" className="text-ui-fg-error" data-testid="subscription-failure">
            {words.failed(words.failureReasons[subscription.last_failure_reason])}
          </Text>
        )}
      </div>
      {live && <SubscriptionRefill subscription={subscription} refill={refill} />}
      <SubscriptionManager subscription={subscription} refill={refill} routine={routine} />
      <SubscriptionCheckIn subscription={subscription} symptoms={symptoms} />
      <SubscriptionHistory subscription={subscription} countryCode={countryCode} />
    </div>
  )
}
